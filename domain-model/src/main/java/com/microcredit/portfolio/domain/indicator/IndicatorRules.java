package com.microcredit.portfolio.domain.indicator;

import com.microcredit.portfolio.domain.settlement.FlowCoverage;
import com.microcredit.portfolio.domain.warning.SignalLevel;
import com.microcredit.shared.domain.CodedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicator system: one {@link Thresholds} per {@link Indicator}, except settlement coverage,
 * which the one settlement-flow coverage rule judges ({@link FlowCoverage}). Evaluating a loan's
 * figures gives one reading per indicator that reached at least yellow, each with its evidence; a
 * figure that is unknown (no data) raises nothing – missing data is not evidence of distress.
 */
public final class IndicatorRules {

    private final Map<Indicator, Thresholds> thresholds;
    private final FlowCoverage coverage;

    /**
     * Thresholds for every indicator but {@link Indicator#SETTLEMENT_COVERAGE}, which is judged by
     * the one settlement-flow coverage rule ({@link FlowCoverage}); thresholds given for it are
     * refused, so a second definition cannot creep back in.
     */
    public IndicatorRules(Map<Indicator, Thresholds> thresholds, FlowCoverage coverage) {
        this.coverage = Objects.requireNonNull(coverage, "coverage");
        this.thresholds = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (i == Indicator.SETTLEMENT_COVERAGE) {
                if (thresholds.get(i) != null) {
                    throw new IllegalArgumentException(
                            "Settlement coverage is judged by FlowCoverage, not by thresholds");
                }
                continue;
            }
            Thresholds t =
                    Objects.requireNonNull(
                            thresholds.get(i), () -> "No thresholds for indicator " + i);
            if (t.higherIsWorse() != i.higherIsWorse()) {
                throw new IllegalArgumentException(
                        "Indicator "
                                + i
                                + " is worse when "
                                + (i.higherIsWorse() ? "higher" : "lower")
                                + "; its thresholds say otherwise");
            }
            this.thresholds.put(i, t);
        }
    }

    /** The shipped defaults (also in portfolio-ejb's microprofile-config.properties). */
    public static IndicatorRules defaults() {
        Map<Indicator, Thresholds> m = new EnumMap<>(Indicator.class);
        m.put(Indicator.INCOME_TREND, Thresholds.of(true, "20", "35", "50"));
        m.put(Indicator.UTILITY_TREND, Thresholds.of(true, "25", "40", "60"));
        m.put(Indicator.FUND_USAGE, Thresholds.of(true, "5", "15", "30"));
        m.put(Indicator.NEW_CREDIT_RECORDS, Thresholds.of(true, "1", "2", "3"));
        m.put(Indicator.DAYS_PAST_DUE, Thresholds.of(true, "1", "31", "91"));
        m.put(Indicator.HUB_DISTRESS, Thresholds.of(true, "1", "2", "2"));
        m.put(Indicator.GROUP_DEFAULT, Thresholds.of(true, "1", "2", "3"));
        return new IndicatorRules(m, new FlowCoverage(new BigDecimal("0.50")));
    }

    /** The thresholds of an indicator; none for settlement coverage (see {@link #coverage()}). */
    public Thresholds thresholdsOf(Indicator indicator) {
        return thresholds.get(indicator);
    }

    /** The settlement-flow coverage rule that judges {@link Indicator#SETTLEMENT_COVERAGE}. */
    public FlowCoverage coverage() {
        return coverage;
    }

    /**
     * One indicator on one figure (null: unknown, nothing fires); {@code seen} adds what was
     * observed (stored coded texts). The evidence is coded texts (ADR 0027): {@code
     * WARN_FIGURE.<INDICATOR> [figure]}, the thresholds, then what was seen.
     */
    public Optional<IndicatorReading> evaluate(
            Indicator indicator, BigDecimal figure, String seen) {
        if (figure == null) {
            return Optional.empty();
        }
        boolean flow = indicator == Indicator.SETTLEMENT_COVERAGE;
        Optional<SignalLevel> level =
                flow ? coverage.level(figure) : thresholds.get(indicator).levelOf(figure);
        CodedText rule = flow ? coverage.describe() : thresholds.get(indicator).describe();
        return level.map(
                l ->
                        new IndicatorReading(
                                indicator,
                                l,
                                figure,
                                CodedText.prepend(
                                        List.of(
                                                CodedText.of(
                                                        "WARN_FIGURE." + indicator.name(), figure),
                                                rule),
                                        seen,
                                        1000)));
    }

    /** Every indicator of the figures that fired, most severe first. */
    public List<IndicatorReading> evaluate(LoanFigures figures) {
        List<IndicatorReading> readings = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            evaluate(i, figures.figure(i), figures.seen(i)).ifPresent(readings::add);
        }
        readings.sort((a, b) -> b.level().compareTo(a.level()));
        return readings;
    }

    /**
     * Decline in percent of the recent window against the previous one (positive = fell), to two
     * places; unknown when the previous window had nothing to compare with.
     */
    public static BigDecimal declinePercent(BigDecimal recent, BigDecimal previous) {
        if (recent == null || previous == null || previous.signum() <= 0) {
            return null;
        }
        return previous.subtract(recent)
                .multiply(BigDecimal.valueOf(100))
                .divide(previous, 2, RoundingMode.HALF_EVEN);
    }

    /** Part of a whole in percent, to two places; unknown for an empty whole. */
    public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return (part == null ? BigDecimal.ZERO : part)
                .multiply(BigDecimal.valueOf(100))
                .divide(whole, 2, RoundingMode.HALF_EVEN);
    }
}
