package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A limit and its utilisation as other modules and pages see it; maxSingleAmount is the largest
 * single reservation admitted (null: none).
 */
public record LimitView(
        long id,
        LimitType type,
        String key,
        String currency,
        BigDecimal limit,
        BigDecimal utilised,
        String blockedReason,
        BigDecimal maxSingleAmount) {

    public BigDecimal available() {
        return limit.subtract(utilised);
    }

    /** Utilisation as a share of the limit, four decimals (0 for a zero limit). */
    public BigDecimal utilisation() {
        return limit.signum() == 0
                ? BigDecimal.ZERO
                : utilised.divide(limit, 4, RoundingMode.HALF_EVEN);
    }

    public boolean blocked() {
        return blockedReason != null;
    }
}
