package com.microcredit.origination.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import com.microcredit.origination.domain.scoring.ScoreResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTrainerTest {

    private static final DataSet HISTORY = SyntheticHistory.generate(2000, 11);

    private static ScorecardTrainer.Result trained() {
        return ScorecardTrainer.train(HISTORY, "OUTCOME", "BAD", TrainingOptions.defaults());
    }

    @Test
    void theScorecardReproducesItsReportsAucWhenAppliedToItsOwnData() {
        ScorecardTrainer.Result r = trained();
        PointsScorecard card = r.scorecard();
        double[] scores = new double[HISTORY.size()];
        int[] bad = new int[HISTORY.size()];
        for (int i = 0; i < HISTORY.size(); i++) {
            Map<String, String> applicant = new HashMap<>();
            for (String column : HISTORY.columns()) {
                applicant.put(column, HISTORY.value(i, HISTORY.index(column)));
            }
            scores[i] = card.score(applicant, 3).score();
            bad[i] = "BAD".equals(applicant.get("OUTCOME")) ? 1 : 0;
        }
        assertEquals(r.report().auc(), Performance.auc(scores, bad), 1e-12);
        assertEquals(r.report().ks(), Performance.ks(scores, bad).ks(), 1e-12);
        assertTrue(r.report().auc() > 0.7, "the generating model separates: " + r.report().auc());
        assertEquals(2 * r.report().auc() - 1, r.report().gini(), 1e-12);
    }

    @Test
    void theStrongestGeneratingFactorsAreSelectedAndSignsFollowTheRisk() {
        ScorecardTrainer.Result r = trained();
        List<String> used = r.scorecard().variableNames();
        assertTrue(
                used.containsAll(List.of("TAX_MONTHS", "CREDIT_PAST_DUE_NOW", "COURT_JUDGMENTS")),
                used.toString());
        r.report().variables().stream()
                .filter(ScorecardReport.VariableReport::selected)
                .forEach(
                        v ->
                                assertTrue(
                                        v.coefficient() < 0,
                                        v.variable() + ": more evidence of good, less risk"));
        Characteristic pastDue =
                r.scorecard().characteristics().get(used.indexOf("CREDIT_PAST_DUE_NOW"));
        assertTrue(
                pastDue.bin(pastDue.binIndex("0")).points()
                        > pastDue.bin(pastDue.binIndex("2")).points());
    }

    @Test
    void reasonCodesPointAtTheVariablesThatLostTheMostPoints() {
        PointsScorecard card = trained().scorecard();
        Map<String, String> applicant = best(card);
        ScoreResult clean = card.score(applicant, 3);
        assertEquals(card.maxScore(), clean.score());
        assertTrue(
                clean.reasonCodes().isEmpty(), "an applicant in every best bin has no reason code");

        applicant.put("CREDIT_PAST_DUE_NOW", "3");
        applicant.put("COURT_JUDGMENTS", "2");
        ScoreResult hurt = card.score(applicant, 3);
        assertEquals(2, hurt.reasonCodes().size());
        assertTrue(
                hurt.reasonCodes().containsAll(List.of("CREDIT_PAST_DUE_NOW", "COURT_JUDGMENTS")));
        int lostPastDue = lost(card, "CREDIT_PAST_DUE_NOW", "3");
        int lostJudgments = lost(card, "COURT_JUDGMENTS", "2");
        assertEquals(
                lostPastDue >= lostJudgments ? "CREDIT_PAST_DUE_NOW" : "COURT_JUDGMENTS",
                hurt.reasonCodes().get(0));
        assertEquals(card.maxScore() - lostPastDue - lostJudgments, hurt.score());
        assertTrue(hurt.probabilityOfDefault().compareTo(clean.probabilityOfDefault()) > 0);
    }

    @Test
    void crossValidationKeepsTheBadRateInEveryFoldAndIsReproducible() {
        int[] bad = new int[HISTORY.size()];
        int bads = 0;
        for (int i = 0; i < bad.length; i++) {
            bad[i] = "BAD".equals(HISTORY.value(i, HISTORY.index("OUTCOME"))) ? 1 : 0;
            bads += bad[i];
        }
        int[] foldOf = CrossValidation.stratifiedFolds(bad, 10, new java.util.Random(5));
        for (int f = 0; f < 10; f++) {
            int inFold = 0;
            int badInFold = 0;
            for (int i = 0; i < bad.length; i++) {
                if (foldOf[i] == f) {
                    inFold++;
                    badInFold += bad[i];
                }
            }
            assertEquals(bad.length / 10.0, inFold, 1.0);
            assertEquals(bads / 10.0, badInFold, 1.0);
        }
        DataSet small = SyntheticHistory.generate(600, 3);
        CrossValidation.Result a =
                CrossValidation.run(
                        small,
                        "OUTCOME",
                        "BAD",
                        CrossValidation.scorecard(TrainingOptions.defaults()),
                        5,
                        2,
                        42);
        CrossValidation.Result b =
                CrossValidation.run(
                        small,
                        "OUTCOME",
                        "BAD",
                        CrossValidation.scorecard(TrainingOptions.defaults()),
                        5,
                        2,
                        42);
        assertEquals(10, a.aucs().size());
        assertEquals(a.aucs(), b.aucs(), "same seed, same folds, same figures");
        assertTrue(a.meanAuc() > 0.6 && a.sdAuc() > 0);
    }

    @Test
    void aTargetOrBadValueThatIsNotInTheDataIsRefusedWithTheReason() {
        TrainingException noColumn =
                assertThrows(
                        TrainingException.class,
                        () ->
                                ScorecardTrainer.train(
                                        HISTORY, "DEFAULTED", "BAD", TrainingOptions.defaults()));
        assertTrue(noColumn.getMessage().contains("no column DEFAULTED"));
        TrainingException noValue =
                assertThrows(
                        TrainingException.class,
                        () ->
                                ScorecardTrainer.train(
                                        HISTORY, "OUTCOME", "bad", TrainingOptions.defaults()));
        assertTrue(noValue.getMessage().contains("never takes the bad value bad"));
    }

    private static Map<String, String> best(PointsScorecard card) {
        Map<String, String> applicant = new HashMap<>();
        for (Characteristic c : card.characteristics()) {
            var bin =
                    c.bins().stream()
                            .filter(b -> b.points() == c.maxPoints())
                            .findFirst()
                            .orElseThrow();
            String value =
                    bin.missing()
                            ? null
                            : bin.lower() != null
                                    ? String.valueOf(bin.lower())
                                    : bin.upper() != null
                                            ? String.valueOf(bin.upper() - 1)
                                            : bin.categories().iterator().next();
            applicant.put(c.name(), value);
        }
        return applicant;
    }

    private static int lost(PointsScorecard card, String variable, String value) {
        Characteristic c = card.characteristics().get(card.variableNames().indexOf(variable));
        return c.maxPoints() - c.bin(c.binIndex(value)).points();
    }
}
