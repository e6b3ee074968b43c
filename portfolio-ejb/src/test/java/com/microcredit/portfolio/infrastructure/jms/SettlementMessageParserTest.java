package com.microcredit.portfolio.infrastructure.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.api.InvalidMessageException;
import com.microcredit.portfolio.application.SettlementTransactionMessage;
import com.microcredit.portfolio.domain.settlement.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettlementMessageParserTest {

    private final SettlementMessageParser parser =
            new SettlementMessageParser(Set.of("CNY"), new BigDecimal("100000000.00"));

    private static String message(String overrides) {
        String base =
                """
                "schemaVersion":1,"messageType":"SettlementTransaction","transactionId":"T-1",
                "accountNumber":"6222020200112233","direction":"CREDIT","amount":"1234.56","currency":"CNY",
                "counterpartyName":"某某商贸","counterpartyIndustryCode":"F52","valueDate":"2026-11-20"
                """;
        return "{" + base + overrides + "}";
    }

    private String reasonFor(String body) {
        return assertThrows(InvalidMessageException.class, () -> parser.parse(body)).getMessage();
    }

    @Test
    void aValidMessageIsReadExactly() throws Exception {
        SettlementTransactionMessage m = parser.parse(message(""));
        assertEquals("T-1", m.transactionId());
        assertEquals(Direction.CREDIT, m.direction());
        assertEquals(new BigDecimal("1234.56"), m.amount());
        assertEquals(LocalDate.of(2026, 11, 20), m.valueDate());
        assertEquals("某某商贸", m.counterpartyName());
    }

    @Test
    void malformedJsonIsRefusedWithTheReason() {
        assertTrue(reasonFor("{not json").startsWith("Malformed JSON"));
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheField() {
        assertTrue(
                reasonFor(message(",\"counterpartyName\":\"商贸\\uD800\""))
                        .startsWith("INVALID_CHARACTER: counterpartyName holds a lone UTF-16"));
        assertTrue(
                reasonFor(message(",\"counterpartyName\":\"\uDC00\""))
                        .startsWith("INVALID_CHARACTER: counterpartyName"));
    }

    @Test
    void aWrongSchemaVersionIsRefused() {
        assertTrue(reasonFor(message(",\"schemaVersion\":2")).contains("schemaVersion 2"));
    }

    @Test
    void negativeZeroAndAbsurdAmountsAreRefused() {
        assertTrue(reasonFor(message(",\"amount\":-5")).contains("positive"));
        assertTrue(reasonFor(message(",\"amount\":0")).contains("positive"));
        assertTrue(reasonFor(message(",\"amount\":1e12")).contains("plausibility"));
        assertTrue(reasonFor(message(",\"amount\":1.005")).contains("decimals"));
    }

    @Test
    void aWrongCurrencyIsRefused() {
        assertTrue(reasonFor(message(",\"currency\":\"USD\"")).contains("USD"));
    }

    @Test
    void wrongTypesAndMissingFieldsNameTheField() {
        assertTrue(reasonFor(message(",\"amount\":true")).contains("amount"));
        assertTrue(
                reasonFor("{\"schemaVersion\":1,\"messageType\":\"SettlementTransaction\"}")
                        .contains("Missing field: transactionId"));
        assertTrue(reasonFor(message(",\"valueDate\":\"20/11/2026\"")).contains("valueDate"));
    }

    @Test
    void theBusinessKeyTravelsWithTheRefusal() {
        var e =
                assertThrows(
                        InvalidMessageException.class,
                        () -> parser.parse(message(",\"direction\":\"SIDEWAYS\"")));
        assertEquals("T-1", e.businessKey());
    }
}
