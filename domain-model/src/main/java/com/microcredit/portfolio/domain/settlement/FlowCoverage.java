package com.microcredit.portfolio.domain.settlement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Settlement-flow coverage (domain guide §2.1): the share of the borrower's turnover that passed
 * through the settlement account at our bank over a rolling window – credits into the account in
 * the window divided by the turnover expected in it (declared annual turnover × days / 365, the
 * same measure the relationship path uses when it lends). A share below the threshold means cash
 * flows are being diverted elsewhere; below half the threshold the warning is more severe.
 */
public final class FlowCoverage {

    /** How far below the threshold a window is. */
    public enum Shortfall {
        NONE,
        BELOW_THRESHOLD,
        BELOW_HALF_THRESHOLD
    }

    private FlowCoverage() {}

    /** The coverage share to 4 decimals, or empty when no positive turnover is known. */
    public static Optional<BigDecimal> share(
            BigDecimal credits, BigDecimal annualTurnover, int windowDays) {
        Objects.requireNonNull(credits, "credits");
        if (windowDays <= 0) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (annualTurnover == null || annualTurnover.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal expected =
                annualTurnover
                        .multiply(BigDecimal.valueOf(windowDays))
                        .divide(BigDecimal.valueOf(365), MathContext.DECIMAL64);
        return Optional.of(credits.divide(expected, 4, RoundingMode.HALF_EVEN));
    }

    public static Shortfall shortfall(BigDecimal share, BigDecimal threshold) {
        if (share.compareTo(threshold) >= 0) {
            return Shortfall.NONE;
        }
        return share.compareTo(threshold.divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_EVEN))
                        < 0
                ? Shortfall.BELOW_HALF_THRESHOLD
                : Shortfall.BELOW_THRESHOLD;
    }
}
