package com.microcredit.portfolio.domain.indicator;

import com.microcredit.portfolio.domain.warning.SignalLevel;
import com.microcredit.shared.domain.CodedText;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The three thresholds of one indicator. A figure at or beyond a threshold (above it when higher is
 * worse, below it when lower is worse) reaches that level; a figure short of yellow raises nothing.
 * Thresholds must be ordered in the direction of worsening.
 */
public record Thresholds(
        boolean higherIsWorse, BigDecimal yellow, BigDecimal orange, BigDecimal red) {

    public Thresholds {
        Objects.requireNonNull(yellow, "yellow");
        Objects.requireNonNull(orange, "orange");
        Objects.requireNonNull(red, "red");
        int sign = higherIsWorse ? 1 : -1;
        if (sign * orange.compareTo(yellow) < 0 || sign * red.compareTo(orange) < 0) {
            throw new IllegalArgumentException(
                    "Thresholds must worsen from yellow over orange to red ("
                            + (higherIsWorse ? "rising" : "falling")
                            + "), were "
                            + yellow
                            + ", "
                            + orange
                            + ", "
                            + red);
        }
    }

    public static Thresholds of(boolean higherIsWorse, String yellow, String orange, String red) {
        return new Thresholds(
                higherIsWorse, new BigDecimal(yellow), new BigDecimal(orange), new BigDecimal(red));
    }

    /** The level a figure reaches, or empty when it is short of yellow. */
    public Optional<SignalLevel> levelOf(BigDecimal figure) {
        Objects.requireNonNull(figure, "figure");
        if (reaches(figure, red)) {
            return Optional.of(SignalLevel.RED);
        }
        if (reaches(figure, orange)) {
            return Optional.of(SignalLevel.ORANGE);
        }
        if (reaches(figure, yellow)) {
            return Optional.of(SignalLevel.YELLOW);
        }
        return Optional.empty();
    }

    private boolean reaches(BigDecimal figure, BigDecimal threshold) {
        int c = figure.compareTo(threshold);
        return higherIsWorse ? c >= 0 : c <= 0;
    }

    /**
     * The thresholds as the evidence quotes them (ADR 0027): {@code WARN_THRESHOLDS_RISING [1, 30,
     * 90]} reads "yellow ≥ 1, orange ≥ 30, red ≥ 90".
     */
    public CodedText describe() {
        return CodedText.of(
                higherIsWorse ? "WARN_THRESHOLDS_RISING" : "WARN_THRESHOLDS_FALLING",
                yellow,
                orange,
                red);
    }
}
