package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures for one group of live loans. Ratios have four decimals; coverage is null when there is no
 * NPL to cover.
 */
public record FigureRow(
        String key,
        long loans,
        BigDecimal outstanding,
        BigDecimal nplBalance,
        BigDecimal provisions) {

    public BigDecimal nplRatio() {
        return ratio(nplBalance, outstanding);
    }

    /** Provisions / NPL balance. */
    public BigDecimal provisionCoverage() {
        return nplBalance.signum() == 0
                ? null
                : provisions.divide(nplBalance, 4, RoundingMode.HALF_EVEN);
    }

    /** Provisions / outstanding loans. */
    public BigDecimal provisionsToLoans() {
        return ratio(provisions, outstanding);
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0
                ? BigDecimal.ZERO.setScale(4)
                : a.divide(b, 4, RoundingMode.HALF_EVEN);
    }
}
