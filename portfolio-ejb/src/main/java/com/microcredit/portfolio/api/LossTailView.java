package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Simulated losses of the live blind pool: expected loss, the 99 % and 99.9 % quantiles and the
 * distribution, beside the loss the bank tolerates (A × L).
 */
public record LossTailView(
        int loans,
        BigDecimal totalExposure,
        BigDecimal assetCorrelation,
        int scenarios,
        BigDecimal expectedLoss,
        BigDecimal analyticExpectedLoss,
        BigDecimal quantile99,
        BigDecimal quantile999,
        BigDecimal maximumLoss,
        BigDecimal toleratedLoss,
        boolean withinTolerance,
        List<Bucket> histogram) {

    /** Scenarios whose loss fell in [from, to). */
    public record Bucket(BigDecimal from, BigDecimal to, int scenarios) {}
}
