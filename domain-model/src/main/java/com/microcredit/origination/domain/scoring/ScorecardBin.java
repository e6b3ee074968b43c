package com.microcredit.origination.domain.scoring;

import java.util.Set;

/**
 * One attribute (bin) of a characteristic: a numeric interval [lower, upper) (null bounds are
 * open), a set of categories, the missing values, or "every other category" (rare and unseen ones).
 * It carries the training sample's goods and bads in it, their weight of evidence ln(%good / %bad)
 * and the points an applicant in it receives.
 */
public record ScorecardBin(
        int ordinal,
        String label,
        Double lower,
        Double upper,
        Set<String> categories,
        boolean missing,
        boolean otherCategories,
        int goods,
        int bads,
        double woe,
        int points) {

    public ScorecardBin {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    public static ScorecardBin interval(
            int ordinal, Double lower, Double upper, int goods, int bads, double woe, int points) {
        return new ScorecardBin(
                ordinal,
                intervalLabel(lower, upper),
                lower,
                upper,
                Set.of(),
                false,
                false,
                goods,
                bads,
                woe,
                points);
    }

    public ScorecardBin withPoints(int newPoints) {
        return new ScorecardBin(
                ordinal,
                label,
                lower,
                upper,
                categories,
                missing,
                otherCategories,
                goods,
                bads,
                woe,
                newPoints);
    }

    public int count() {
        return goods + bads;
    }

    static String intervalLabel(Double lower, Double upper) {
        if (lower == null && upper == null) {
            return "all";
        }
        if (lower == null) {
            return "< " + number(upper);
        }
        return upper == null
                ? ">= " + number(lower)
                : "[" + number(lower) + ", " + number(upper) + ")";
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.valueOf((long) v)
                : String.valueOf(v);
    }
}
