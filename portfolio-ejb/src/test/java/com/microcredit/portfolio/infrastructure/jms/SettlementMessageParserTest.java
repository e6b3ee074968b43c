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
        assertTrue(reasonFor("{not json").startsWith("INBOUND_MALFORMED_JSON(1, "));
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheField() {
        assertTrue(
                reasonFor(message(",\"counterpartyName\":\"商贸\\uD800\""))
                        .equals("INVALID_CHARACTER(counterpartyName)"));
        assertTrue(
                reasonFor(message(",\"counterpartyName\":\"\uDC00\""))
                        .equals("INVALID_CHARACTER(counterpartyName)"));
    }

    @Test
    void aWrongSchemaVersionIsRefused() {
        assertTrue(
                reasonFor(message(",\"schemaVersion\":2")).equals("INBOUND_SCHEMA_VERSION(2, 1)"));
    }

    @Test
    void negativeZeroAndAbsurdAmountsAreRefused() {
        assertTrue(
                reasonFor(message(",\"amount\":-5"))
                        .equals("INBOUND_AMOUNT_NOT_POSITIVE(amount, -5)"));
        assertTrue(
                reasonFor(message(",\"amount\":0"))
                        .equals("INBOUND_AMOUNT_NOT_POSITIVE(amount, 0)"));
        assertTrue(
                reasonFor(message(",\"amount\":1e12"))
                        .startsWith("INBOUND_AMOUNT_OVER_MAXIMUM(amount, "));
        assertTrue(
                reasonFor(message(",\"amount\":1.005")).equals("INBOUND_AMOUNT_DECIMALS(amount)"));
    }

    @Test
    void aWrongCurrencyIsRefused() {
        assertTrue(
                reasonFor(message(",\"currency\":\"USD\""))
                        .equals("INBOUND_CURRENCY_NOT_ACCEPTED(currency, USD, CNY)"));
    }

    @Test
    void wrongTypesAndMissingFieldsNameTheField() {
        assertTrue(
                reasonFor(message(",\"amount\":true")).equals("INBOUND_FIELD_NOT_NUMBER(amount)"));
        assertTrue(
                reasonFor("{\"schemaVersion\":1,\"messageType\":\"SettlementTransaction\"}")
                        .equals("INBOUND_FIELD_MISSING(transactionId)"));
        assertTrue(
                reasonFor(message(",\"valueDate\":\"20/11/2026\""))
                        .equals("INBOUND_DATE_FORMAT(valueDate)"));
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
