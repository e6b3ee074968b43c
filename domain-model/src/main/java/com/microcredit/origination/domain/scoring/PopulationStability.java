package com.microcredit.origination.domain.scoring;

/**
 * Population stability index between an expected distribution (the training sample) and an actual
 * one (recent applications) over the same bins: PSI = Σ (a − e) × ln(a / e), with shares a and e.
 * Empty bins get half an observation so the index stays finite. Conventional reading: below 0.10
 * stable, 0.10–0.25 shifting, above the alert threshold (default 0.25) the population has moved and
 * the scorecard needs review.
 */
public final class PopulationStability {

    private PopulationStability() {}

    public static double index(long[] expected, long[] actual) {
        if (expected.length != actual.length || expected.length == 0) {
            throw new IllegalArgumentException("both distributions need the same, non-empty bins");
        }
        double e = total(expected);
        double a = total(actual);
        if (e == 0 || a == 0) {
            throw new IllegalArgumentException(
                    "a distribution without observations has no stability index");
        }
        double psi = 0;
        for (int i = 0; i < expected.length; i++) {
            double es = (expected[i] == 0 ? 0.5 : expected[i]) / e;
            double as = (actual[i] == 0 ? 0.5 : actual[i]) / a;
            psi += (as - es) * Math.log(as / es);
        }
        return psi;
    }

    private static double total(long[] counts) {
        double t = 0;
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("counts cannot be negative");
            }
            t += c;
        }
        return t;
    }
}
