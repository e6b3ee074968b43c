package com.microcredit.origination.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The facts the big-data and data-centre paths need, computed from a borrower's observations within
 * a look-back window (24 months before the as-of month): months of history per source, tax
 * lateness, the electricity trend, e-commerce rating, court records and the credit report.
 */
public final class AlternativeDataProfile {

    private static final int LOOK_BACK_MONTHS = 24;

    private final List<Observation> observations;
    private final LocalDate firstMonth;
    private final LocalDate asOfMonth;

    public AlternativeDataProfile(Collection<Observation> all, LocalDate asOf) {
        this.asOfMonth = asOf.withDayOfMonth(1);
        this.firstMonth = asOfMonth.minusMonths(LOOK_BACK_MONTHS);
        this.observations =
                all.stream()
                        .filter(
                                o ->
                                        !o.period().isBefore(firstMonth)
                                                && !o.period().isAfter(asOfMonth))
                        .toList();
    }

    /** Distinct months with data per behavioural source (sources without data are absent). */
    public Map<String, Integer> monthsBySource() {
        Map<DataSource, Set<LocalDate>> months = new EnumMap<>(DataSource.class);
        observations.stream()
                .filter(o -> o.source().isBehavioural())
                .forEach(
                        o ->
                                months.computeIfAbsent(o.source(), s -> new TreeSet<>())
                                        .add(o.period()));
        Map<String, Integer> result = new java.util.TreeMap<>();
        months.forEach((s, m) -> result.put(s.name(), m.size()));
        return result;
    }

    public int months(DataSource source) {
        return monthsBySource().getOrDefault(source.name(), 0);
    }

    /** Share of tax months paid late, empty without tax history. */
    public Optional<BigDecimal> taxLateShare() {
        long paid = count(DataSource.TAX, "PAID", a -> true);
        if (paid == 0) {
            return Optional.empty();
        }
        long late = count(DataSource.TAX, "LATE", a -> a.signum() > 0);
        return Optional.of(
                BigDecimal.valueOf(late)
                        .divide(BigDecimal.valueOf(paid), 4, RoundingMode.HALF_EVEN));
    }

    /** Electricity used in the last 6 months over the 6 before; empty without both halves. */
    public Optional<BigDecimal> electricityTrend() {
        BigDecimal recent = sum(DataSource.ELECTRICITY, "KWH", asOfMonth.minusMonths(6), asOfMonth);
        BigDecimal prior =
                sum(
                        DataSource.ELECTRICITY,
                        "KWH",
                        asOfMonth.minusMonths(12),
                        asOfMonth.minusMonths(6));
        if (recent.signum() == 0 || prior.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                recent.divide(prior, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_EVEN));
    }

    public Optional<BigDecimal> averageRating() {
        List<BigDecimal> ratings = values(DataSource.E_COMMERCE, "RATING");
        if (ratings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                ratings.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_EVEN));
    }

    public int courtJudgments() {
        return values(DataSource.COURTS, "JUDGMENT").stream().mapToInt(BigDecimal::intValue).sum();
    }

    public int enforcementRecords() {
        return values(DataSource.COURTS, "ENFORCEMENT").stream()
                .mapToInt(BigDecimal::intValue)
                .sum();
    }

    /**
     * The latest credit-report figure for a metric (HISTORY_MONTHS, OPEN_LOANS, PAST_DUE_NOW,
     * WORST_DPD_24M).
     */
    public Optional<Integer> creditReport(String metric) {
        return observations.stream()
                .filter(o -> o.source() == DataSource.CREDIT_REPORT && o.metric().equals(metric))
                .max(java.util.Comparator.comparing(Observation::period))
                .map(o -> o.amount().intValue());
    }

    private long count(DataSource source, String metric, Predicate<BigDecimal> test) {
        return observations.stream()
                .filter(o -> o.source() == source && o.metric().equals(metric))
                .filter(o -> test.test(o.amount()))
                .count();
    }

    private List<BigDecimal> values(DataSource source, String metric) {
        return observations.stream()
                .filter(o -> o.source() == source && o.metric().equals(metric))
                .map(Observation::amount)
                .toList();
    }

    private BigDecimal sum(
            DataSource source, String metric, LocalDate fromInclusive, LocalDate toExclusive) {
        return observations.stream()
                .filter(o -> o.source() == source && o.metric().equals(metric))
                .filter(
                        o ->
                                !o.period().isBefore(fromInclusive)
                                        && o.period().isBefore(toExclusive))
                .map(Observation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
