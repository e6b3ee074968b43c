package com.microcredit.origination.domain.decision;

import com.microcredit.shared.domain.CodedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Big-data lending (domain guide §2.2). Thin file = path unavailable: fewer than the minimum months
 * of behavioural history (default 12) from fewer than the minimum independent sources (default 2).
 * The data must pay for itself: when the loan's margin at the maximum rate does not cover the data
 * cost the path is not used. A product built on one source (tax, electricity) needs that source's
 * history; the tax-record loan's minimum tax history is a hard stop (start-ups are not eligible). A
 * score whose probability of default is above the decline cut-off is a hard stop. A source that was
 * consented but could not be read (provider down, over budget) is not a source without data: when
 * the court records are among them, or the file is thin while any is missing, the path is
 * SOURCE_UNAVAILABLE (ask again later), never scored on what happened to arrive.
 */
public final class BigDataEvaluator {

    private BigDataEvaluator() {}

    public record Rules(
            int minMonths, int minSources, BigDecimal approveCutoff, BigDecimal declineCutoff) {}

    /**
     * {@code monthsBySource}: months of history per source within the look-back; {@code score} null
     * when nothing could be scored; {@code unavailableSources}: consented sources that could not be
     * read this time.
     */
    public record Facts(
            boolean consentValid,
            Map<String, Integer> monthsBySource,
            Integer score,
            BigDecimal probabilityOfDefault,
            List<String> reasonCodes,
            boolean dataCostCovered,
            String requiredSource,
            Integer minTaxHistoryMonths,
            List<String> unavailableSources) {

        public Facts {
            unavailableSources = List.copyOf(unavailableSources);
        }

        /** Every consented source was read. */
        public Facts(
                boolean consentValid,
                Map<String, Integer> monthsBySource,
                Integer score,
                BigDecimal probabilityOfDefault,
                List<String> reasonCodes,
                boolean dataCostCovered,
                String requiredSource,
                Integer minTaxHistoryMonths) {
            this(
                    consentValid,
                    monthsBySource,
                    score,
                    probabilityOfDefault,
                    reasonCodes,
                    dataCostCovered,
                    requiredSource,
                    minTaxHistoryMonths,
                    List.of());
        }
    }

    public static ScoreBand band(BigDecimal pd, Rules rules) {
        if (pd.compareTo(rules.approveCutoff()) <= 0) {
            return ScoreBand.PASS;
        }
        return pd.compareTo(rules.declineCutoff()) <= 0 ? ScoreBand.GREY : ScoreBand.FAIL;
    }

    public static PathEvaluation evaluate(Facts f, Rules rules) {
        InformationPath p = InformationPath.BIG_DATA;
        if (!f.consentValid()) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p, "NO_CONSENT", CodedText.of("EV_NO_CONSENT_ALTERNATIVE_DATA")));
        }
        List<String> stops = new ArrayList<>();
        int taxMonths = f.monthsBySource().getOrDefault("TAX", 0);
        if (f.minTaxHistoryMonths() != null
                && taxMonths < f.minTaxHistoryMonths()
                && !f.unavailableSources().contains("TAX")) {
            stops.add("INSUFFICIENT_TAX_HISTORY");
        }
        List<CodedText> sources =
                f.monthsBySource().entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> CodedText.of("EV_SOURCE_MONTHS", e.getKey(), e.getValue()))
                        .toList();
        long deepSources =
                f.monthsBySource().values().stream().filter(m -> m >= rules.minMonths()).count();
        if (f.unavailableSources().contains("COURTS")
                || (deepSources < rules.minSources() && !f.unavailableSources().isEmpty())) {
            return new PathEvaluation(
                    PathResult.insufficient(
                            p,
                            "SOURCE_UNAVAILABLE",
                            with(
                                    CodedText.of("EV_SOURCES_UNREADABLE", f.unavailableSources()),
                                    sources)),
                    stops);
        }
        if (deepSources < rules.minSources()) {
            return new PathEvaluation(
                    PathResult.insufficient(
                            p,
                            "THIN_FILE",
                            with(
                                    CodedText.of(
                                            "EV_THIN_FILE",
                                            deepSources,
                                            rules.minMonths(),
                                            rules.minSources()),
                                    sources)),
                    stops);
        }
        if (f.requiredSource() != null
                && f.monthsBySource().getOrDefault(f.requiredSource(), 0) < rules.minMonths()) {
            return new PathEvaluation(
                    PathResult.insufficient(
                            p,
                            "REQUIRED_SOURCE_MISSING",
                            CodedText.of(
                                    "EV_REQUIRED_SOURCE_MISSING",
                                    f.requiredSource(),
                                    rules.minMonths())),
                    stops);
        }
        if (!f.dataCostCovered()) {
            return new PathEvaluation(
                    PathResult.insufficient(
                            p,
                            "DATA_COST_EXCEEDS_MARGIN",
                            CodedText.of("EV_DATA_COST_EXCEEDS_MARGIN")),
                    stops);
        }
        if (f.score() == null) {
            return new PathEvaluation(
                    PathResult.insufficient(p, "NOT_SCORED", CodedText.of("EV_NOT_SCORED")), stops);
        }
        if (band(f.probabilityOfDefault(), rules) == ScoreBand.FAIL) {
            stops.add("SCORE_BELOW_CUTOFF");
        }
        List<CodedText> evidence = new ArrayList<>();
        evidence.add(
                CodedText.of(
                        "EV_SCORE",
                        f.score(),
                        f.probabilityOfDefault().setScale(3, RoundingMode.HALF_EVEN)));
        evidence.addAll(sources);
        if (!f.reasonCodes().isEmpty()) {
            evidence.add(CodedText.of("EV_REASON_CODES", f.reasonCodes()));
        }
        return new PathEvaluation(PathResult.available(p, evidence), stops);
    }

    private static List<CodedText> with(CodedText first, List<CodedText> more) {
        List<CodedText> texts = new ArrayList<>();
        texts.add(first);
        texts.addAll(more);
        return texts;
    }
}
