package com.microcredit.origination.infrastructure.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.api.InvalidMessageException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecisionRequestParserTest {

    private final DecisionRequestParser parser = new DecisionRequestParser();

    private static String request(String overrides) {
        String base =
                """
                "schemaVersion":1,"messageType":"DecisionRequest","channelReference":"OC-20261124-000001",
                "borrowerId":1042,"productCode":"TAX_LOAN","amount":"100000.00","currency":"CNY","termMonths":12,
                "repaymentMethod":"EQUAL_INSTALMENT","purpose":"采购茶叶"
                """;
        return "{" + base + overrides + "}";
    }

    private InvalidMessageException refusal(String body) {
        return assertThrows(InvalidMessageException.class, () -> parser.parse(body));
    }

    @Test
    void aValidRequestBecomesAnOnlineChannelApplicationKeyedByItsChannelReference()
            throws Exception {
        DecisionRequestMessage m = parser.parse(request(""));
        assertEquals("OC-20261124-000001", m.channelReference());
        assertEquals(1042L, m.borrowerId());
        assertEquals(new BigDecimal("100000.00"), m.amount());
        assertFalse(m.acceptOffer(), "acceptance is opt-in");
        var command = m.toCommand();
        assertEquals("ONLINE", command.channel());
        assertEquals("OC-20261124-000001", command.channelReference());
        assertEquals("采购茶叶", command.purpose());
    }

    @Test
    void amountsMayBeJsonNumbersAndAreKeptToTheCent() throws Exception {
        DecisionRequestMessage m = parser.parse(request(",\"amount\":80000,\"acceptOffer\":true"));
        assertEquals(new BigDecimal("80000.00"), m.amount());
        assertEquals(2, m.amount().scale());
        assertTrue(m.acceptOffer());
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRejected() {
        assertEquals(
                "INBOUND_AMOUNT_DECIMALS(amount)",
                refusal(request(",\"amount\":\"100.001\"")).getMessage());
    }

    @Test
    void aNonPositiveAmountIsRejected() {
        assertTrue(
                refusal(request(",\"amount\":\"0\""))
                        .getMessage()
                        .equals("INBOUND_AMOUNT_NOT_POSITIVE(amount, 0)"));
    }

    @Test
    void malformedJsonIsRejectedWithoutABusinessKey() {
        InvalidMessageException e = refusal("{\"schemaVersion\":1, not json");
        assertTrue(e.getMessage().startsWith("INBOUND_MALFORMED_JSON(1, "), e.getMessage());
        assertNull(e.businessKey());
    }

    @Test
    void aMissingFieldIsNamedAndTheBusinessKeyKeptForTheOperator() {
        InvalidMessageException e =
                refusal(request("").replace("\"productCode\":\"TAX_LOAN\",", ""));
        assertEquals("INBOUND_FIELD_MISSING(productCode)", e.getMessage());
        assertEquals("OC-20261124-000001", e.businessKey());
    }

    @Test
    void anotherSchemaVersionOrMessageTypeIsRejected() {
        assertTrue(
                refusal(request(",\"schemaVersion\":2"))
                        .getMessage()
                        .equals("INBOUND_SCHEMA_VERSION(2, 1)"));
        assertTrue(
                refusal(request(",\"messageType\":\"SettlementTransaction\""))
                        .getMessage()
                        .equals("INBOUND_MESSAGE_TYPE(DecisionRequest, SettlementTransaction)"));
    }

    @Test
    void theChannelReferenceIsRequiredAndBounded() {
        assertEquals(
                "INBOUND_FIELD_MISSING(channelReference)",
                refusal(request(",\"channelReference\":null")).getMessage());
        assertTrue(
                refusal(request(",\"channelReference\":\"" + "X".repeat(65) + "\""))
                        .getMessage()
                        .equals("INBOUND_REFERENCE_FORMAT(channelReference, 64)"));
        assertTrue(
                refusal(request(",\"channelReference\":\"A B\""))
                        .getMessage()
                        .equals("INBOUND_REFERENCE_FORMAT(channelReference, 64)"));
    }

    @Test
    void typesAreChecked() {
        assertEquals(
                "INBOUND_FIELD_NOT_INTEGER(borrowerId)",
                refusal(request(",\"borrowerId\":\"1042\"")).getMessage());
        assertEquals(
                "INBOUND_FIELD_NOT_INTEGER(termMonths)",
                refusal(request(",\"termMonths\":1.5")).getMessage());
        assertEquals(
                "INBOUND_FIELD_NOT_BOOLEAN(acceptOffer)",
                refusal(request(",\"acceptOffer\":\"yes\"")).getMessage());
        assertEquals(
                "INBOUND_CURRENCY_FORMAT(currency)",
                refusal(request(",\"currency\":\"yuan\"")).getMessage());
    }

    @Test
    void anEmptyBodyOrAJsonArrayIsRejected() {
        assertEquals("INBOUND_EMPTY_BODY", refusal(" ").getMessage());
        assertEquals("INBOUND_NOT_JSON_OBJECT", refusal("[1,2]").getMessage());
    }
}
