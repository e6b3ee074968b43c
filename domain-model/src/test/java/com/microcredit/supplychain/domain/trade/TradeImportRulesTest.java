package com.microcredit.supplychain.domain.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.shared.domain.CodedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TradeImportRulesTest {

    private final TradeImportRules rules =
            new TradeImportRules(
                    Map.of(101L, LocalDate.of(2025, 1, 1)),
                    key -> key.equals("INVOICE:INV-OLD"),
                    Set.of("CNY"),
                    new BigDecimal("100000000.00"),
                    LocalDate.of(2026, 11, 20));

    @Test
    void aFileOfValidRowsIsImportable() {
        TradeImportRules.ImportCheck check =
                rules.check(
                        List.of(
                                row(
                                        2,
                                        "101",
                                        "INVOICE",
                                        "INV-1",
                                        "2026-10-01",
                                        "1000.00",
                                        "CNY",
                                        "true"),
                                row(
                                        3,
                                        "101",
                                        "payment",
                                        "PAY-1",
                                        "2026-11-01",
                                        "1000",
                                        "cny",
                                        "")));
        assertTrue(check.importable());
        assertEquals(2, check.accepted().size());
        assertEquals(TradeKind.PAYMENT, check.accepted().get(1).kind());
        assertFalse(check.accepted().get(1).hubConfirmed(), "an empty flag means not confirmed");
        assertEquals(new BigDecimal("1000.00"), check.accepted().get(1).amount());
    }

    @Test
    void oneBadRowMakesTheWholeFileUnimportable() {
        TradeImportRules.ImportCheck check =
                rules.check(
                        List.of(
                                row(
                                        2,
                                        "101",
                                        "INVOICE",
                                        "INV-1",
                                        "2026-10-01",
                                        "1000.00",
                                        "CNY",
                                        "true"),
                                row(
                                        3,
                                        "101",
                                        "INVOICE",
                                        "INV-2",
                                        "2026-10-01",
                                        "-5",
                                        "CNY",
                                        "true")));
        assertFalse(check.importable());
        assertEquals(1, check.rejected().size());
        assertEquals(3, check.rejected().get(0).line());
    }

    @Test
    void everyBrokenRuleOfARowIsReported() {
        RejectedRow r =
                rules.check(List.of(row(7, "999", "LOAN", "", "2026-13-01", "1.001", "USD", "yes")))
                        .rejected()
                        .get(0);
        assertEquals(7, r.line());
        List<String> reasons = r.reasons();
        assertEquals(7, reasons.size(), reasons::toString);
        assertEquals(
                List.of(
                        CodedText.of("TRADE_MEMBER_NOT_IN_CHAIN", "999"),
                        CodedText.of("TRADE_KIND_UNKNOWN", "LOAN"),
                        CodedText.of("TRADE_FIELD_REQUIRED", "DOCUMENT_NUMBER"),
                        CodedText.of("TRADE_DATE_NOT_ISO", "2026-13-01"),
                        CodedText.of("TRADE_AMOUNT_DECIMALS", "1.001"),
                        CodedText.of("TRADE_CURRENCY_NOT_ACCEPTED", "USD", "CNY"),
                        CodedText.of("TRADE_CONFIRMED_NOT_BOOLEAN", "yes")),
                reasons.stream().map(CodedText::parse).toList());
    }

    @Test
    void aDocumentRepeatedInTheFileOrAlreadyRecordedIsRejected() {
        TradeImportRules.ImportCheck check =
                rules.check(
                        List.of(
                                row(
                                        2,
                                        "101",
                                        "INVOICE",
                                        "INV-1",
                                        "2026-10-01",
                                        "1.00",
                                        "CNY",
                                        "true"),
                                row(
                                        3,
                                        "101",
                                        "INVOICE",
                                        "INV-1",
                                        "2026-10-02",
                                        "2.00",
                                        "CNY",
                                        "true"),
                                row(
                                        4,
                                        "101",
                                        "PAYMENT",
                                        "INV-1",
                                        "2026-10-02",
                                        "2.00",
                                        "CNY",
                                        "true"),
                                row(
                                        5,
                                        "101",
                                        "INVOICE",
                                        "INV-OLD",
                                        "2026-10-02",
                                        "2.00",
                                        "CNY",
                                        "true")));
        assertEquals(
                List.of(3, 5),
                check.rejected().stream().map(RejectedRow::line).toList(),
                "the same number as another kind is a different document");
        assertTrue(check.rejected().get(0).reasons().get(0).startsWith("TRADE_DOCUMENT_TWICE"));
        assertTrue(check.rejected().get(1).reasons().get(0).startsWith("TRADE_DOCUMENT_RECORDED"));
    }

    @Test
    void tradeDatesMustLieBetweenTradingSinceAndTheBusinessDate() {
        TradeImportRules.ImportCheck check =
                rules.check(
                        List.of(
                                row(2, "101", "INVOICE", "A", "2026-11-21", "1.00", "CNY", "true"),
                                row(3, "101", "INVOICE", "B", "2024-12-31", "1.00", "CNY", "true"),
                                row(
                                        4,
                                        "101",
                                        "INVOICE",
                                        "C",
                                        "2026-11-20",
                                        "1.00",
                                        "CNY",
                                        "true")));
        assertEquals(2, check.rejected().size());
        assertTrue(check.rejected().get(0).reasons().get(0).startsWith("TRADE_DATE_IN_FUTURE"));
        assertTrue(
                check.rejected()
                        .get(1)
                        .reasons()
                        .get(0)
                        .startsWith("TRADE_DATE_BEFORE_MEMBERSHIP"));
    }

    @Test
    void anAmountAboveThePlausibilityMaximumIsRejected() {
        assertTrue(
                rules.check(
                                List.of(
                                        row(
                                                2,
                                                "101",
                                                "INVOICE",
                                                "A",
                                                "2026-11-01",
                                                "100000000.01",
                                                "CNY",
                                                "true")))
                        .rejected()
                        .get(0)
                        .reasons()
                        .get(0)
                        .startsWith("TRADE_AMOUNT_ABOVE_MAXIMUM"));
    }

    @Test
    void anEmptyFileIsNotImportable() {
        assertFalse(rules.check(List.of()).importable());
    }

    private static TradeRow row(
            int line,
            String member,
            String kind,
            String doc,
            String date,
            String amount,
            String currency,
            String confirmed) {
        return new TradeRow(line, member, kind, doc, date, amount, currency, confirmed);
    }
}
