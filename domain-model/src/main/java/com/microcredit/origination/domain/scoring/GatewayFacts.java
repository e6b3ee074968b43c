package com.microcredit.origination.domain.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts the data gateway can supply for every applicant, by name. A trained scorecard can score
 * our applicants on the big-data path only when each of its characteristics is one of these facts
 * (the training data set's column is named after the fact, see ADR 0005); a missing fact is the
 * characteristic's missing value.
 */
public final class GatewayFacts {

    public static final List<String> NAMES =
            List.of(
                    "TAX_MONTHS",
                    "TAX_LATE_SHARE",
                    "ELECTRICITY_MONTHS",
                    "ELECTRICITY_TREND",
                    "WATER_MONTHS",
                    "GAS_MONTHS",
                    "SOCIAL_SECURITY_MONTHS",
                    "HOUSING_FUND_MONTHS",
                    "ECOMMERCE_MONTHS",
                    "ECOMMERCE_RATING",
                    "CUSTOMS_MONTHS",
                    "COURT_JUDGMENTS",
                    "ENFORCEMENT_RECORDS",
                    "CREDIT_HISTORY_MONTHS",
                    "CREDIT_OPEN_LOANS",
                    "CREDIT_PAST_DUE_NOW",
                    "CREDIT_WORST_DPD_24M",
                    "MONTHS_OF_HISTORY",
                    "INDEPENDENT_SOURCES");

    private GatewayFacts() {}

    /** The characteristics of a scorecard that are not gateway facts (empty: the card maps). */
    public static List<String> unmapped(List<String> variables) {
        return variables.stream().filter(v -> !NAMES.contains(v)).toList();
    }

    /**
     * Every fact of one applicant as text (absent when the source holds nothing), from the
     * gateway's answer.
     */
    public static Map<String, String> of(AlternativeDataProfile p, ThinFile thinFile) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("TAX_MONTHS", String.valueOf(p.months(DataSource.TAX)));
        p.taxLateShare().ifPresent(v -> facts.put("TAX_LATE_SHARE", v.toPlainString()));
        facts.put("ELECTRICITY_MONTHS", String.valueOf(p.months(DataSource.ELECTRICITY)));
        p.electricityTrend().ifPresent(v -> facts.put("ELECTRICITY_TREND", v.toPlainString()));
        facts.put("WATER_MONTHS", String.valueOf(p.months(DataSource.WATER)));
        facts.put("GAS_MONTHS", String.valueOf(p.months(DataSource.GAS)));
        facts.put("SOCIAL_SECURITY_MONTHS", String.valueOf(p.months(DataSource.SOCIAL_SECURITY)));
        facts.put("HOUSING_FUND_MONTHS", String.valueOf(p.months(DataSource.HOUSING_FUND)));
        facts.put("ECOMMERCE_MONTHS", String.valueOf(p.months(DataSource.E_COMMERCE)));
        p.averageRating().ifPresent(v -> facts.put("ECOMMERCE_RATING", v.toPlainString()));
        facts.put("CUSTOMS_MONTHS", String.valueOf(p.months(DataSource.CUSTOMS)));
        facts.put("COURT_JUDGMENTS", String.valueOf(p.courtJudgments()));
        facts.put("ENFORCEMENT_RECORDS", String.valueOf(p.enforcementRecords()));
        put(facts, "CREDIT_HISTORY_MONTHS", p.creditReport("HISTORY_MONTHS"));
        put(facts, "CREDIT_OPEN_LOANS", p.creditReport("OPEN_LOANS"));
        put(facts, "CREDIT_PAST_DUE_NOW", p.creditReport("PAST_DUE_NOW"));
        put(facts, "CREDIT_WORST_DPD_24M", p.creditReport("WORST_DPD_24M"));
        facts.put("MONTHS_OF_HISTORY", String.valueOf(thinFile.monthsOfHistory()));
        facts.put("INDEPENDENT_SOURCES", String.valueOf(thinFile.independentSources()));
        return facts;
    }

    private static void put(Map<String, String> facts, String name, Optional<Integer> value) {
        value.ifPresent(v -> facts.put(name, BigDecimal.valueOf(v).toPlainString()));
    }
}
