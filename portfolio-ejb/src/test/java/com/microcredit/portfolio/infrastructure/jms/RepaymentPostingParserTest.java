package com.microcredit.portfolio.infrastructure.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.api.InvalidMessageException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RepaymentPostingParserTest {

    private final RepaymentPostingParser parser =
            new RepaymentPostingParser(Set.of("CNY"), new BigDecimal("100000000.00"));

    private static String message(UnaryOperator<JsonObjectBuilder> change) {
        JsonObjectBuilder b =
                Json.createObjectBuilder()
                        .add("schemaVersion", 1)
                        .add("messageType", "RepaymentPosting")
                        .add("postingId", "RP-1")
                        .add("loanReference", "LA1234")
                        .add("accountNumber", "6222020200112233")
                        .add("principal", "8225.94")
                        .add("interest", 593.33)
                        .add("currency", "CNY")
                        .add("valueDate", "2026-11-20")
                        .add("daysPastDue", 0);
        return change.apply(b).build().toString();
    }

    private InvalidMessageException refusal(UnaryOperator<JsonObjectBuilder> change) {
        return assertThrows(InvalidMessageException.class, () -> parser.parse(message(change)));
    }

    @Test
    void aValidPostingIsReadExactly() throws Exception {
        var m = parser.parse(message(b -> b));
        assertEquals("RP-1", m.postingId());
        assertEquals(new BigDecimal("8225.94"), m.principal());
        assertEquals(new BigDecimal("593.33"), m.interest());
        assertEquals(0, m.daysPastDue());
    }

    @Test
    void anInterestOnlyPostingIsValidButAnEmptyOneIsNot() throws Exception {
        assertEquals(
                new BigDecimal("0.00"),
                parser.parse(message(b -> b.add("principal", 0))).principal());
        assertEquals(
                "INBOUND_REPAYMENT_ZERO",
                refusal(b -> b.add("principal", 0).add("interest", "0.00")).getMessage());
    }

    @Test
    void daysPastDueIsOptionalAndBounded() throws Exception {
        assertNull(parser.parse(message(b -> b.remove("daysPastDue"))).daysPastDue());
        assertTrue(
                refusal(b -> b.add("daysPastDue", -1))
                        .getMessage()
                        .equals("INBOUND_FIELD_BETWEEN(daysPastDue, 0, 36500)"));
    }

    @Test
    void refusalsNameTheFieldAndCarryTheBusinessKey() {
        var e = refusal(b -> b.add("principal", "-5"));
        assertEquals("INBOUND_AMOUNT_NEGATIVE(principal, -5)", e.getMessage());
        assertEquals("RP-1", e.businessKey());
        assertEquals(
                "INBOUND_FIELD_MISSING(loanReference)",
                refusal(b -> b.remove("loanReference")).getMessage());
        assertEquals(
                "INBOUND_MESSAGE_TYPE(RepaymentPosting, X)",
                refusal(b -> b.add("messageType", "X")).getMessage());
        assertTrue(
                refusal(b -> b.add("interest", true))
                        .getMessage()
                        .equals("INBOUND_FIELD_NOT_NUMBER(interest)"));
    }
}
