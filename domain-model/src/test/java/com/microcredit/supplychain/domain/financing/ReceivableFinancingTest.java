package com.microcredit.supplychain.domain.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.supplychain.domain.trade.TradeKind;
import com.microcredit.supplychain.domain.trade.TradeRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceivableFinancingTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void onlyAHubConfirmedInvoiceCanBeFinanced() {
        TradeRecord invoice = trade(TradeKind.INVOICE, "10000.00", false);
        FinancingRefusedException refused =
                assertThrows(
                        FinancingRefusedException.class,
                        () ->
                                ReceivableFinancing.advance(
                                        invoice, new BigDecimal("0.80"), "officer", T0));
        assertEquals("INVOICE_NOT_CONFIRMED", refused.code());
        invoice.confirmByHub();
        assertEquals(
                FinancingStatus.ADVANCED,
                ReceivableFinancing.advance(invoice, new BigDecimal("0.80"), "officer", T0)
                        .getStatus());
        assertThrows(
                FinancingRefusedException.class,
                () ->
                        ReceivableFinancing.advance(
                                trade(TradeKind.ORDER, "10000.00", true),
                                new BigDecimal("0.80"),
                                "officer",
                                T0));
    }

    @Test
    void theAdvanceIsTheInvoiceAtTheAdvanceRateRoundedDownToTheCent() {
        ReceivableFinancing f =
                ReceivableFinancing.advance(
                        trade(TradeKind.INVOICE, "12345.67", true),
                        new BigDecimal("0.8"),
                        "officer",
                        T0);
        assertEquals(new BigDecimal("9876.53"), f.getAdvanceAmount(), "9876.536 rounds down");
        assertEquals(f.getAdvanceAmount(), f.getOutstanding());
    }

    @Test
    void theAdvanceRateIsAboveZeroAndAtMostOne() {
        TradeRecord invoice = trade(TradeKind.INVOICE, "100.00", true);
        assertThrows(
                FinancingRefusedException.class,
                () -> ReceivableFinancing.advance(invoice, BigDecimal.ZERO, "o", T0));
        assertThrows(
                FinancingRefusedException.class,
                () -> ReceivableFinancing.advance(invoice, new BigDecimal("1.01"), "o", T0));
        assertThrows(
                FinancingRefusedException.class,
                () -> ReceivableFinancing.advance(invoice, new BigDecimal("0.00001"), "o", T0));
    }

    @Test
    void theHubsPaymentRepaysTheAdvanceAndTheSurplusGoesToTheSupplier() {
        ReceivableFinancing f =
                ReceivableFinancing.advance(
                        trade(TradeKind.INVOICE, "10000.00", true),
                        new BigDecimal("0.80"),
                        "officer",
                        T0);
        HubPaymentApplication applied =
                f.applyHubPayment(new BigDecimal("10000.00"), "CNY", T0.plusSeconds(3600));
        assertEquals(new BigDecimal("8000.00"), applied.repaid());
        assertEquals(new BigDecimal("2000.00"), applied.surplus());
        assertTrue(applied.closed());
        assertEquals(FinancingStatus.CLOSED, f.getStatus());
        assertEquals(new BigDecimal("0.00"), f.getOutstanding());
        assertThrows(
                FinancingRefusedException.class,
                () -> f.applyHubPayment(BigDecimal.ONE, "CNY", T0));
    }

    @Test
    void aPartialPaymentLeavesTheFinancingOpen() {
        ReceivableFinancing f =
                ReceivableFinancing.advance(
                        trade(TradeKind.INVOICE, "10000.00", true),
                        new BigDecimal("0.80"),
                        "officer",
                        T0);
        HubPaymentApplication first = f.applyHubPayment(new BigDecimal("5000.00"), "CNY", T0);
        assertEquals(new BigDecimal("5000.00"), first.repaid());
        assertEquals(FinancingStatus.ADVANCED, f.getStatus());
        assertEquals(new BigDecimal("3000.00"), f.getOutstanding());
        HubPaymentApplication second = f.applyHubPayment(new BigDecimal("5000.00"), "CNY", T0);
        assertEquals(new BigDecimal("3000.00"), second.repaid());
        assertEquals(new BigDecimal("2000.00"), second.surplus());
        assertEquals(FinancingStatus.CLOSED, f.getStatus());
    }

    @Test
    void aPaymentInAnotherCurrencyOrFinerThanACentIsRefused() {
        ReceivableFinancing f =
                ReceivableFinancing.advance(
                        trade(TradeKind.INVOICE, "100.00", true),
                        new BigDecimal("0.5"),
                        "officer",
                        T0);
        assertThrows(
                FinancingRefusedException.class,
                () -> f.applyHubPayment(new BigDecimal("50.00"), "USD", T0));
        assertThrows(
                FinancingRefusedException.class,
                () -> f.applyHubPayment(new BigDecimal("0.001"), "CNY", T0));
        assertEquals(new BigDecimal("50.00"), f.getOutstanding());
    }

    @Test
    void confirmingTwiceIsRefused() {
        TradeRecord invoice = trade(TradeKind.INVOICE, "100.00", true);
        assertThrows(IllegalStateException.class, invoice::confirmByHub);
    }

    private static TradeRecord trade(TradeKind kind, String amount, boolean confirmed) {
        return new TradeRecord(
                1L,
                2L,
                kind,
                "INV-1",
                LocalDate.of(2026, 11, 1),
                new BigDecimal(amount),
                "CNY",
                confirmed);
    }
}
