package com.microcredit.supplychain.domain.health;

import com.microcredit.shared.domain.CodedText;
import com.microcredit.supplychain.domain.hub.HubStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives a hub's health from its indicators: every indicator maps to a status by its WATCH and
 * DISTRESSED thresholds and the hub takes the worst of them. Thresholds are configuration; the
 * defaults are {@link #defaults()}.
 *
 * <p>Findings are coded texts (ADR 0027), e.g. {@code HUB_INDICATOR_AT_OR_ABOVE [LATE_PAYMENTS,
 * 0.35, 0.3]}; numbers stay numbers until a reader's locale formats them.
 *
 * <p>Late payments and events count at or above a threshold; revenue counts at or below its
 * (negative) threshold.
 */
public record HubHealthPolicy(
        BigDecimal watchLateShare,
        BigDecimal distressLateShare,
        BigDecimal watchRevenueTrend,
        BigDecimal distressRevenueTrend,
        int watchBureauEvents,
        int distressBureauEvents,
        int watchCourtEvents,
        int distressCourtEvents) {

    /** Finding {indicator, share, threshold} (fractions, rendered as percentages). */
    public static final String SHARE_AT_OR_ABOVE = "HUB_INDICATOR_AT_OR_ABOVE";

    /** Finding {indicator, trend, threshold} (fractions, rendered as percentages). */
    public static final String TREND_AT_OR_BELOW = "HUB_INDICATOR_AT_OR_BELOW";

    /** Finding {indicator, count, threshold}. */
    public static final String COUNT_AT_OR_ABOVE = "HUB_EVENTS_AT_OR_ABOVE";

    public HubHealthPolicy {
        if (watchLateShare.compareTo(distressLateShare) > 0
                || watchRevenueTrend.compareTo(distressRevenueTrend) < 0
                || watchBureauEvents > distressBureauEvents
                || watchCourtEvents > distressCourtEvents) {
            throw new IllegalArgumentException(
                    "A WATCH threshold must be milder than its DISTRESSED threshold");
        }
        if (watchBureauEvents < 1 || watchCourtEvents < 1) {
            throw new IllegalArgumentException("Event thresholds start at one event");
        }
    }

    /**
     * 10 % / 30 % late payments, revenue -10 % / -30 %, 1 / 3 bureau events, 1 / 2 court events.
     */
    public static HubHealthPolicy defaults() {
        return new HubHealthPolicy(
                new BigDecimal("0.10"),
                new BigDecimal("0.30"),
                new BigDecimal("-0.10"),
                new BigDecimal("-0.30"),
                1,
                3,
                1,
                2);
    }

    public HealthAssessment assess(HubIndicators i) {
        List<CodedText> findings = new ArrayList<>();
        HubStatus status = HubStatus.NORMAL;
        status =
                worse(
                        status,
                        atLeast(
                                i.latePaymentShare(),
                                watchLateShare,
                                distressLateShare,
                                "LATE_PAYMENTS",
                                findings));
        status = worse(status, revenue(i.revenueTrend(), findings));
        status =
                worse(
                        status,
                        events(
                                i.bureauEvents(),
                                watchBureauEvents,
                                distressBureauEvents,
                                "BUREAU_EVENTS",
                                findings));
        status =
                worse(
                        status,
                        events(
                                i.courtEvents(),
                                watchCourtEvents,
                                distressCourtEvents,
                                "COURT_EVENTS",
                                findings));
        return new HealthAssessment(status, findings);
    }

    /** The more severe of two statuses (NORMAL < WATCH < DISTRESSED). */
    public static HubStatus worse(HubStatus a, HubStatus b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static HubStatus atLeast(
            BigDecimal share,
            BigDecimal watch,
            BigDecimal distress,
            String name,
            List<CodedText> findings) {
        if (share.compareTo(distress) >= 0) {
            findings.add(CodedText.of(SHARE_AT_OR_ABOVE, name, share, distress));
            return HubStatus.DISTRESSED;
        }
        if (share.compareTo(watch) >= 0) {
            findings.add(CodedText.of(SHARE_AT_OR_ABOVE, name, share, watch));
            return HubStatus.WATCH;
        }
        return HubStatus.NORMAL;
    }

    private HubStatus revenue(BigDecimal trend, List<CodedText> findings) {
        if (trend.compareTo(distressRevenueTrend) <= 0) {
            findings.add(
                    CodedText.of(TREND_AT_OR_BELOW, "REVENUE_TREND", trend, distressRevenueTrend));
            return HubStatus.DISTRESSED;
        }
        if (trend.compareTo(watchRevenueTrend) <= 0) {
            findings.add(
                    CodedText.of(TREND_AT_OR_BELOW, "REVENUE_TREND", trend, watchRevenueTrend));
            return HubStatus.WATCH;
        }
        return HubStatus.NORMAL;
    }

    private static HubStatus events(
            int count, int watch, int distress, String name, List<CodedText> findings) {
        if (count >= distress) {
            findings.add(CodedText.of(COUNT_AT_OR_ABOVE, name, count, distress));
            return HubStatus.DISTRESSED;
        }
        if (count >= watch) {
            findings.add(CodedText.of(COUNT_AT_OR_ABOVE, name, count, watch));
            return HubStatus.WATCH;
        }
        return HubStatus.NORMAL;
    }
}
