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
 * minimum (default 6); the member limit is a share (default 30 %) of the trailing 12-month
 * verified volume, rounded down to the cent.
 */
public record MemberEligibility(int verifiedMonths, BigDecimal trailingVolume, BigDecimal memberLimit,
        boolean eligible, String ineligibleReason) {

    public static MemberEligibility assess(HubStatus hubStatus, List<TradeRecord> trades, LocalDate asOf,
                                           int minMonths, BigDecimal limitShare) {
        List<TradeRecord> verified = trades.stream().filter(TradeRecord::isHubConfirmed)
                .filter(t -> t.getKind() != TradeKind.ORDER).filter(t -> !t.getTradeDate().isAfter(asOf)).toList();
        int months = verified.stream().map(TradeRecord::getTradeDate).min(LocalDate::compareTo)
                .map(first -> (int) ChronoUnit.MONTHS.between(first, asOf)).orElse(0);
        LocalDate yearAgo = asOf.minusMonths(12);
        BigDecimal volume = verified.stream().filter(t -> t.getKind() == TradeKind.INVOICE)
                .filter(t -> t.getTradeDate().isAfter(yearAgo))
                .map(TradeRecord::getAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal limit = volume.multiply(limitShare).setScale(2, RoundingMode.DOWN);
        if (hubStatus != HubStatus.NORMAL) {
            return new MemberEligibility(months, volume, limit, false, "HUB_NOT_NORMAL");
        }
        if (months < minMonths) {
            return new MemberEligibility(months, volume, limit, false, "SHORT_TRADE_HISTORY");
        }
        if (limit.signum() == 0) {
            return new MemberEligibility(months, volume, limit, false, "NO_RECENT_TRADE");
        }
        return new MemberEligibility(months, volume, limit, true, null);
    }
}
