package com.microcredit.origination.domain.scoring;

import java.util.Map;

/**
 * The thin-file facts of one applicant, computed by the data gateway from what its sources
 * answered: months of behavioural history (the longest any source covers) and the number of
 * independent sources (each behavioural source is a separate provider) that cover at least {@code
 * minMonths}. Thin file = fewer than {@code minSources} such sources: the big-data path may not
 * approve (domain guide §2.2, defaults 12 months and 2 sources).
 */
public record ThinFile(
        int monthsOfHistory,
        int independentSources,
        int minMonths,
        int minSources,
        Map<String, Integer> monthsBySource) {

    public ThinFile {
        monthsBySource = Map.copyOf(monthsBySource);
    }

    public static ThinFile of(AlternativeDataProfile profile, int minMonths, int minSources) {
        Map<String, Integer> months = profile.monthsBySource();
        int longest = months.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int deep = (int) months.values().stream().filter(m -> m >= minMonths).count();
        return new ThinFile(longest, deep, minMonths, minSources, months);
    }

    public boolean isThin() {
        return independentSources < minSources;
    }
}
