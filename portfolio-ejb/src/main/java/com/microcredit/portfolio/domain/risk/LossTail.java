package com.microcredit.portfolio.domain.risk;

import java.math.BigDecimal;
import java.util.List;

/**
 * The simulated loss distribution of a pool. The mean alone hides the danger of blind lending:
 * defaults are not independent in a downturn, so a risk manager compares the 99 % and 99.9 %
 * quantiles – the loss exceeded in one year out of a hundred, or a thousand – with the loss the
 * bank decided it can tolerate.
 *
 * @param totalExposure the pool's exposure at default
 * @param expectedLoss mean simulated loss
 * @param analyticExpectedLoss PD × LGD × total exposure, which the mean converges to
 * @param quantile99 the ceil(0.99 × scenarios)-th smallest loss
 * @param quantile999 the ceil(0.999 × scenarios)-th smallest loss
 * @param histogram twenty equal-width buckets from 0 to the maximum loss
 */
public record LossTail(
        BigDecimal totalExposure,
        BigDecimal expectedLoss,
        BigDecimal analyticExpectedLoss,
        BigDecimal quantile99,
        BigDecimal quantile999,
        BigDecimal maximumLoss,
        int scenarios,
        BigDecimal assetCorrelation,
        List<Bucket> histogram) {

    /** Scenarios whose loss fell in [from, to) (the last bucket includes its upper end). */
    public record Bucket(BigDecimal from, BigDecimal to, int scenarios) {}

    /** True when even the 1-in-1000 loss stays within what the bank tolerates. */
    public boolean withinTolerance(BigDecimal toleratedLoss) {
        return quantile999.compareTo(toleratedLoss) <= 0;
    }
}
