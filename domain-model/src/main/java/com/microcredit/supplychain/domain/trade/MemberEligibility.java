package com.microcredit.supplychain.domain.trade;

import com.microcredit.supplychain.domain.hub.HubStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A member's eligibility from verified trade with the hub (domain guide §2.3): the hub must be
 * NORMAL; verified history (months since the first hub-confirmed invoice or payment) at least the
 * minimum (default 6); payments regular – over the trailing 12 months (or the verified history if
 * shorter) no gap between hub-confirmed payments, nor from the window's start to the first one or
 * from the last one to today, longer than the maximum (default 62 days); the member limit is a
 * share (default 30 %) of the trailing 12-month verified invoice volume, rounded down to the cent.
 */
public record MemberEligibility(
        int verifiedMonths,
        BigDecimal trailingVolume,
        BigDecimal memberLimit,
        long longestPaymentGapDays,
        boolean eligible,
        String ineligibleReason) {

    /** The default rules: 62 days between payments at most. */
    public static final int DEFAULT_MAX_PAYMENT_GAP_DAYS = 62;

    public static MemberEligibility assess(
            HubStatus hubStatus,
            List<TradeRecord> trades,
            LocalDate asOf,
            int minMonths,
            BigDecimal limitShare) {
        return assess(hubStatus, trades, asOf, minMonths, limitShare, DEFAULT_MAX_PAYMENT_GAP_DAYS);
    }

    public static MemberEligibility assess(
            HubStatus hubStatus,
            List<TradeRecord> trades,
            LocalDate asOf,
            int minMonths,
            BigDecimal limitShare,
            int maxPaymentGapDays) {
        List<TradeRecord> verified =
                trades.stream()
                        .filter(TradeRecord::isHubConfirmed)
                        .filter(t -> t.getKind() != TradeKind.ORDER)
                        .filter(t -> !t.getTradeDate().isAfter(asOf))
                        .toList();
        LocalDate first =
                verified.stream()
                        .map(TradeRecord::getTradeDate)
                        .min(LocalDate::compareTo)
                        .orElse(null);
        int months = first == null ? 0 : (int) ChronoUnit.MONTHS.between(first, asOf);
        LocalDate yearAgo = asOf.minusMonths(12);
        BigDecimal volume =
                verified.stream()
                        .filter(t -> t.getKind() == TradeKind.INVOICE)
                        .filter(t -> t.getTradeDate().isAfter(yearAgo))
                        .map(TradeRecord::getAmount)
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal limit = volume.multiply(limitShare).setScale(2, RoundingMode.DOWN);
        LocalDate windowStart = first == null || first.isBefore(yearAgo) ? yearAgo : first;
        long gap = longestPaymentGap(verified, windowStart, asOf);
        if (hubStatus != HubStatus.NORMAL) {
            return new MemberEligibility(months, volume, limit, gap, false, "HUB_NOT_NORMAL");
        }
        if (months < minMonths) {
            return new MemberEligibility(months, volume, limit, gap, false, "SHORT_TRADE_HISTORY");
        }
        if (limit.signum() == 0) {
            return new MemberEligibility(months, volume, limit, gap, false, "NO_RECENT_TRADE");
        }
        if (gap > maxPaymentGapDays) {
            return new MemberEligibility(months, volume, limit, gap, false, "IRREGULAR_PAYMENTS");
        }
        return new MemberEligibility(months, volume, limit, gap, true, null);
    }

    /**
     * The longest stretch in days without a verified payment between the window's start and asOf.
     */
    static long longestPaymentGap(List<TradeRecord> verified, LocalDate from, LocalDate asOf) {
        List<LocalDate> payments =
                verified.stream()
                        .filter(t -> t.getKind() == TradeKind.PAYMENT)
                        .map(TradeRecord::getTradeDate)
                        .filter(d -> !d.isBefore(from))
                        .sorted()
                        .toList();
        long longest = 0;
        LocalDate previous = from;
        for (LocalDate payment : payments) {
            longest = Math.max(longest, ChronoUnit.DAYS.between(previous, payment));
            previous = payment;
        }
        return Math.max(longest, ChronoUnit.DAYS.between(previous, asOf));
    }
}
