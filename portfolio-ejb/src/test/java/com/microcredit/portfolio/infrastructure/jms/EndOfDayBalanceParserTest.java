package com.microcredit.portfolio.infrastructure.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.api.InvalidMessageException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EndOfDayBalanceParserTest {

    private final EndOfDayBalanceParser parser =
            new EndOfDayBalanceParser(Set.of("CNY"), new BigDecimal("100000000.00"));

    private static String message(UnaryOperator<JsonObjectBuilder> change) {
        JsonObjectBuilder b =
                Json.createObjectBuilder()
                        .add("schemaVersion", 1)
                        .add("messageType", "EndOfDayBalance")
                        .add("accountNumber", "6222020200112233")
                        .add("businessDate", "2026-11-20")
                        .add("currency", "CNY")
                        .add("openingBalance", "10000.00")
                        .add("closingBalance", "11234.56")
                        .add("transactionCount", 2)
                        .add("transactionIds", Json.createArrayBuilder().add("CB-1").add("CB-2"));
        return change.apply(b).build().toString();
    }

    private InvalidMessageException refusal(UnaryOperator<JsonObjectBuilder> change) {
        return assertThrows(InvalidMessageException.class, () -> parser.parse(message(change)));
    }

    @Test
    void aValidReportIsReadExactly() throws Exception {
        var r = parser.parse(message(b -> b));
        assertEquals("6222020200112233", r.accountNumber());
        assertEquals(LocalDate.of(2026, 11, 20), r.businessDate());
        assertEquals(new BigDecimal("11234.56"), r.closingBalance());
        assertEquals(Set.of("CB-1", "CB-2"), r.transactionIds());
    }

    @Test
    void aNegativeBalanceIsAnOverdraftNotAnError() throws Exception {
        assertEquals(
                new BigDecimal("-50.00"),
                parser.parse(message(b -> b.add("closingBalance", -50))).closingBalance());
    }

    @Test
    void theTransactionIdListIsOptional() throws Exception {
        assertNull(parser.parse(message(b -> b.remove("transactionIds"))).transactionIds());
    }

    @Test
    void refusalsNameTheFieldAndCarryTheBusinessKey() {
        var e = refusal(b -> b.add("closingBalance", "1.234"));
        assertEquals("INBOUND_AMOUNT_DECIMALS(closingBalance)", e.getMessage());
        assertEquals("6222020200112233/2026-11-20", e.businessKey());
        assertTrue(
                refusal(b -> b.add("openingBalance", "-200000000"))
                        .getMessage()
                        .startsWith("INBOUND_AMOUNT_OVER_MAXIMUM(openingBalance, -200000000"));
        assertTrue(
                refusal(b -> b.add("currency", "USD"))
                        .getMessage()
                        .equals("INBOUND_CURRENCY_NOT_ACCEPTED(currency, USD, CNY)"));
        assertEquals(
                "INBOUND_FIELD_MISSING(closingBalance)",
                refusal(b -> b.remove("closingBalance")).getMessage());
        assertEquals(
                "INBOUND_FIELD_NOT_INTEGER(transactionCount)",
                refusal(b -> b.add("transactionCount", "2")).getMessage());
        assertTrue(
                refusal(b -> b.add("transactionCount", 3))
                        .getMessage()
                        .equals("INBOUND_IDS_COUNT(2, 3)"));
        assertEquals(
                "INBOUND_SCHEMA_VERSION(2, 1)",
                refusal(b -> b.add("schemaVersion", 2)).getMessage());
        assertTrue(
                refusal(b -> b.add("businessDate", "20/11/2026"))
                        .getMessage()
                        .equals("INBOUND_DATE_FORMAT(businessDate)"));
        assertTrue(
                refusal(b -> b.add("transactionIds", Json.createArrayBuilder().add("A").add("A")))
                        .getMessage()
                        .equals("INBOUND_IDS_REPEATED(transactionIds)"));
    }

    @Test
    void aBadAccountHasNoBusinessKey() {
        assertNull(refusal(b -> b.add("accountNumber", "12")).businessKey());
    }
}
