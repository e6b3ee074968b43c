package com.microcredit.supplychain.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reading of a hub's health indicators: latePaymentShare 0..1 of its supplier payments late in
 * the last 90 days, revenueTrend year on year as a fraction (-0.25 = down 25 %), adverse bureau and
 * court events in the last 12 months.
 */
public record RecordHubIndicators(
        long hubId,
        LocalDate asOf,
        BigDecimal latePaymentShare,
        BigDecimal revenueTrend,
        int bureauEvents,
        int courtEvents) {}
