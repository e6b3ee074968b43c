package com.microcredit.portfolio.domain.settlement;

import com.microcredit.portfolio.domain.warning.SignalLevel;
import com.microcredit.shared.domain.CodedText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Settlement-flow coverage (domain guide §2.1, §6), the one definition and the one rule: the share
 * of the borrower's turnover that passed through the settlement account at our bank over a window
 * of N days ending on the day judged – credits into the account in the window divided by the
 * turnover expected in it (declared annual turnover × N / 365, the same measure the relationship
 * path uses when it lends). A share below the threshold ({@code mcrc.coverage.threshold}) means
 * cash flows are being diverted elsewhere: YELLOW; below half the threshold: ORANGE. No declared
 * turnover: no figure, nothing is judged. The reconciliation schedule judges 30 and 90 days per
 * borrower, the nightly run 30 days per loan; both through this class.
 */
public record FlowCoverage(BigDecimal threshold) {

    /** The short window, judged by the schedule and the nightly run. */
    public static final int SHORT_WINDOW_DAYS = 30;

    /** The long window, judged by the schedule. */
    public static final int LONG_WINDOW_DAYS = 90;

    /** How far below the threshold a window is. */
    public enum Shortfall {
        NONE,
        BELOW_THRESHOLD,
        BELOW_HALF_THRESHOLD
    }

    public FlowCoverage {
        Objects.requireNonNull(threshold, "threshold");
        if (threshold.signum() <= 0) {
            throw new IllegalArgumentException("coverage threshold must be positive: " + threshold);
        }
    }

    /** The first value date of the window of {@code windowDays} days that ends on {@code asOf}. */
    public static LocalDate windowStart(LocalDate asOf, int windowDays) {
        if (windowDays <= 0) {
            throw new IllegalArgumentException("window must be positive");
        }
        return asOf.minusDays(windowDays - 1L);
    }

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

    /** How far below the threshold a share is. */
    public Shortfall shortfall(BigDecimal share) {
        if (share.compareTo(threshold) >= 0) {
            return Shortfall.NONE;
        }
        return share.compareTo(half()) < 0
                ? Shortfall.BELOW_HALF_THRESHOLD
                : Shortfall.BELOW_THRESHOLD;
    }

    /** The level a share reaches: YELLOW below the threshold, ORANGE below half; else none. */
    public Optional<SignalLevel> level(BigDecimal share) {
        return switch (shortfall(share)) {
            case NONE -> Optional.empty();
            case BELOW_THRESHOLD -> Optional.of(SignalLevel.YELLOW);
            case BELOW_HALF_THRESHOLD -> Optional.of(SignalLevel.ORANGE);
        };
    }

    /** The rule as the evidence quotes it (ADR 0027): "yellow < 0.5, orange < 0.25". */
    public CodedText describe() {
        return CodedText.of("WARN_COVERAGE_RULE", threshold, half());
    }

    private BigDecimal half() {
        return threshold.divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_EVEN);
    }
}
