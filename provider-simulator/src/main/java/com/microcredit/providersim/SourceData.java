package com.microcredit.providersim;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the simulated providers hold about a subject: the same for the same identity number and day,
 * shaped like a well-known small business (30 months of tax paid on time, two years of utilities,
 * social security and housing fund, e-commerce sales with a good rating, a clean credit report, no
 * court records, a legal representative), so decisions on it do their real work. Amounts vary a
 * little with the subject.
 */
final class SourceData {

    private SourceData() {}

    /** The facts array of the source (empty for COURTS: no judgments). */
    static JsonArrayBuilder facts(String source, String subject, LocalDate asOf) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        int seed = Math.floorMod(subject.hashCode(), 1000);
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        switch (source) {
            case "TAX" -> {
                for (int m = 0; m < 30; m++) {
                    YearMonth p = last.minusMonths(m);
                    fact(a, source, subject, p, "PAID", BigDecimal.valueOf(8000 + seed));
                    fact(a, source, subject, p, "LATE", BigDecimal.ZERO);
                }
            }
            case "ELECTRICITY" -> monthly(a, source, subject, last, 24, "KWH", 4000 + seed);
            case "WATER" -> monthly(a, source, subject, last, 24, "CUBIC_METRES", 30 + seed % 20);
            case "GAS" -> monthly(a, source, subject, last, 24, "CUBIC_METRES", 50 + seed % 30);
            case "SOCIAL_SECURITY" ->
                    monthly(a, source, subject, last, 24, "CONTRIBUTION", 3000 + seed);
            case "HOUSING_FUND" ->
                    monthly(a, source, subject, last, 24, "CONTRIBUTION", 1200 + seed);
            case "E_COMMERCE" -> {
                for (int m = 0; m < 24; m++) {
                    YearMonth p = last.minusMonths(m);
                    fact(a, source, subject, p, "SALES", BigDecimal.valueOf(50_000 + seed * 10L));
                    fact(a, source, subject, p, "RATING", new BigDecimal("4.7"));
                }
            }
            case "CUSTOMS" -> monthly(a, source, subject, last, 12, "DECLARATIONS", 2);
            case "CREDIT_REPORT" -> {
                fact(a, source, subject, last, "HISTORY_MONTHS", BigDecimal.valueOf(48));
                fact(a, source, subject, last, "OPEN_LOANS", BigDecimal.ONE);
                fact(a, source, subject, last, "PAST_DUE_NOW", BigDecimal.ZERO);
                fact(a, source, subject, last, "WORST_DPD_24M", BigDecimal.ZERO);
            }
            default -> {
                // COURTS: no judgments, no enforcement: an empty answer.
            }
        }
        return a;
    }

    /** The persons a registry holds: the legal representative. */
    static JsonArrayBuilder persons(String subject) {
        return Json.createArrayBuilder()
                .add(
                        Json.createObjectBuilder()
                                .add("recordId", "REG-" + tag(subject) + "-1")
                                .add("relation", "LEGAL_REPRESENTATIVE")
                                .add("name", "王建国")
                                .add("phone", "13800138000"));
    }

    private static void monthly(
            JsonArrayBuilder a,
            String source,
            String subject,
            YearMonth last,
            int months,
            String metric,
            long amount) {
        for (int m = 0; m < months; m++) {
            fact(a, source, subject, last.minusMonths(m), metric, BigDecimal.valueOf(amount));
        }
    }

    private static void fact(
            JsonArrayBuilder a,
            String source,
            String subject,
            YearMonth period,
            String metric,
            BigDecimal amount) {
        a.add(
                Json.createObjectBuilder()
                        .add("recordId", source + "-" + tag(subject) + "-" + period)
                        .add("period", period.toString())
                        .add("metric", metric)
                        .add("amount", amount.toPlainString()));
    }

    private static String tag(String subject) {
        return Integer.toHexString(subject.hashCode());
    }
}
