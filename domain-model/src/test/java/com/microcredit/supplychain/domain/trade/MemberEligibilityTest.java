package com.microcredit.supplychain.domain.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.supplychain.domain.hub.HubStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberEligibilityTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final BigDecimal SHARE = new BigDecimal("0.30");

    @Test
    void aMemberWithAYearOfRegularVerifiedTradeIsEligibleForAShareOfItsVolume() {
        MemberEligibility e = assess(HubStatus.NORMAL, monthlyTrade(12, true, 1));
        assertTrue(e.eligible(), e::toString);
        // The invoice of exactly twelve months ago is outside the trailing twelve months.
        assertEquals(new BigDecimal("110000.00"), e.trailingVolume());
        assertEquals(new BigDecimal("33000.00"), e.memberLimit());
    }

    @Test
    void onlyHubConfirmedTradeCounts() {
        MemberEligibility e = assess(HubStatus.NORMAL, monthlyTrade(12, false, 1));
        assertFalse(e.eligible());
        assertEquals(0, e.verifiedMonths());
    }

    @Test
    void lessThanSixMonthsOfVerifiedHistoryIsTooShort() {
        MemberEligibility e = assess(HubStatus.NORMAL, monthlyTrade(5, true, 1));
        assertEquals("SHORT_TRADE_HISTORY", e.ineligibleReason());
    }

    @Test
    void aHubThatIsNotNormalMakesEveryMemberIneligible() {
        assertEquals(
                "HUB_NOT_NORMAL",
                assess(HubStatus.WATCH, monthlyTrade(12, true, 1)).ineligibleReason());
    }

    @Test
    void aGapOfMoreThanSixtyTwoDaysBetweenHubPaymentsIsIrregular() {
        List<TradeRecord> trades = monthlyTrade(12, true, 1);
        trades.removeIf(
                t ->
                        t.getKind() == TradeKind.PAYMENT
                                && (t.getDocumentNumber().equals("P-5")
                                        || t.getDocumentNumber().equals("P-6")));
        MemberEligibility e = assess(HubStatus.NORMAL, trades);
        assertFalse(e.eligible());
        assertEquals("IRREGULAR_PAYMENTS", e.ineligibleReason());
        assertTrue(e.longestPaymentGapDays() > 62, e::toString);
    }

    @Test
    void noPaymentForMoreThanSixtyTwoDaysUpToTodayIsIrregularToo() {
        List<TradeRecord> trades = monthlyTrade(12, true, 1);
        trades.removeIf(
                t ->
                        t.getKind() == TradeKind.PAYMENT
                                && (t.getDocumentNumber().equals("P-1")
                                        || t.getDocumentNumber().equals("P-2")));
        assertEquals("IRREGULAR_PAYMENTS", assess(HubStatus.NORMAL, trades).ineligibleReason());
    }

    @Test
    void paymentsOnAnyDayOfTheMonthAreRegularWhateverTheMonthsLength() {
        for (int day = 1; day <= 28; day++) {
            LocalDate asOf = LocalDate.of(2026, 3, day);
            List<TradeRecord> trades = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                LocalDate invoiced = asOf.minusMonths(m);
                trades.add(trade(TradeKind.INVOICE, "I-" + m, invoiced, true));
                trades.add(trade(TradeKind.PAYMENT, "P-" + m, invoiced.plusDays(30), true));
            }
            assertTrue(
                    MemberEligibility.assess(HubStatus.NORMAL, trades, asOf, 6, SHARE).eligible(),
                    "day " + day);
        }
    }

    @Test
    void tradeWithoutRecentInvoicesSupportsNoLimit() {
        List<TradeRecord> old = new ArrayList<>();
        for (int m = 13; m <= 24; m++) {
            old.add(trade(TradeKind.INVOICE, "I-" + m, AS_OF.minusMonths(m), true));
        }
        for (int m = 1; m <= 24; m++) {
            old.add(trade(TradeKind.PAYMENT, "P-" + m, AS_OF.minusMonths(m).plusDays(3), true));
        }
        assertEquals("NO_RECENT_TRADE", assess(HubStatus.NORMAL, old).ineligibleReason());
    }

    private static MemberEligibility assess(HubStatus status, List<TradeRecord> trades) {
        return MemberEligibility.assess(status, trades, AS_OF, 6, SHARE);
    }

    /**
     * An invoice of 10,000.00 each month for the given months, paid by the hub {@code lagDays}
     * later.
     */
    private static List<TradeRecord> monthlyTrade(int months, boolean confirmed, int lagDays) {
        List<TradeRecord> trades = new ArrayList<>();
        for (int m = 1; m <= months; m++) {
            LocalDate invoiced = AS_OF.minusMonths(m);
            trades.add(trade(TradeKind.INVOICE, "I-" + m, invoiced, confirmed));
            trades.add(trade(TradeKind.PAYMENT, "P-" + m, invoiced.plusDays(lagDays), confirmed));
        }
        return trades;
    }

    private static TradeRecord trade(
            TradeKind kind, String number, LocalDate date, boolean confirmed) {
        return new TradeRecord(
                1L, 2L, kind, number, date, new BigDecimal("10000.00"), "CNY", confirmed);
    }
}
