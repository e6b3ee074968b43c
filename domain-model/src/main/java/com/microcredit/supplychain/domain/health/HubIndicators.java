package com.microcredit.supplychain.domain.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reading of a hub's health indicators as of a business date.
 *
 * @param latePaymentShare share (0..1) of the hub's payments to its suppliers made late in the last
 *     90 days
 * @param revenueTrend year-on-year revenue change as a fraction (-0.25 = down 25 %)
 * @param bureauEvents adverse credit-bureau events in the last 12 months (new defaults, downgrades,
 *     overdue reports)
 * @param courtEvents court events in the last 12 months (judgments, enforcement, asset freezes,
 *     bankruptcy filings)
 */
public record HubIndicators(
        LocalDate asOf,
        BigDecimal latePaymentShare,
        BigDecimal revenueTrend,
        int bureauEvents,
        int courtEvents) {

    public HubIndicators {
        Objects.requireNonNull(asOf, "the indicators' date is required");
        if (latePaymentShare == null
                || latePaymentShare.signum() < 0
                || latePaymentShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The late-payment share must be between 0 and 1");
        }
        if (revenueTrend == null || revenueTrend.compareTo(BigDecimal.ONE.negate()) < 0) {
            throw new IllegalArgumentException(
                    "The revenue trend must be -1 (revenue gone) or more");
        }
        if (bureauEvents < 0 || courtEvents < 0) {
            throw new IllegalArgumentException("Event counts cannot be negative");
        }
    }
}
