package com.microcredit.origination.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.api.StabilityView;
import com.microcredit.origination.domain.scorecard.ScoreBandRecord;
import com.microcredit.origination.domain.scorecard.Scorecard;
import com.microcredit.origination.domain.scorecard.ScorecardVariable;
import com.microcredit.origination.domain.scorecard.TrainingFigures;
import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import com.microcredit.origination.domain.scoring.Scaling;
import com.microcredit.origination.domain.scoring.ScorecardBin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StabilityMonitorTest {

    /**
     * Training sample: TAX_MONTHS 100 in each of two bins; scores 50/50 in two bands (below / from
     * 100).
     */
    private static Scorecard card() {
        Characteristic tax =
                new Characteristic(
                        "TAX_MONTHS",
                        Characteristic.Kind.NUMERIC,
                        List.of(
                                ScorecardBin.interval(0, null, 12.0, 70, 30, -0.5, 40),
                                ScorecardBin.interval(1, 12.0, null, 90, 10, 0.7, 110)));
        TrainingFigures f =
                new TrainingFigures(
                        "d", "OUTCOME", "BAD", 200, 160, 40, -1.4, 5, 0.7, 0.3, 0.4, 100, 30, 70,
                        90, 10, null, null, null, null, null, "test");
        return new Scorecard(
                "psi",
                1,
                new PointsScorecard(List.of(tax), new Scaling(600, 50, 40)),
                f,
                List.of(
                        new ScorecardVariable(
                                "TAX_MONTHS", 0, "NUMERIC", 2, 0.3, true, null, -1, 0.1)),
                List.of(
                        new ScoreBandRecord(1, 40, 40, 100, 30, 0.3, 0.3),
                        new ScoreBandRecord(2, 110, 110, 100, 10, 0.1, 0.1)),
                "risk",
                Instant.EPOCH);
    }

    private static StabilityView measure(int shortHistory, int longHistory) {
        Scorecard s = card();
        List<int[]> bins = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        bins.addAll(Collections.nCopies(shortHistory, new int[] {0}));
        scores.addAll(Collections.nCopies(shortHistory, 40));
        bins.addAll(Collections.nCopies(longHistory, new int[] {1}));
        scores.addAll(Collections.nCopies(longHistory, 110));
        return StabilityMonitor.measure(
                1L, s.label(), s.getBands(), s.pointsScorecard(), "recent", bins, scores, 0.25);
    }

    @Test
    void aPopulationLikeTheTrainingSampleRaisesNoAlert() {
        StabilityView v = measure(48, 52);
        assertFalse(v.alert());
        assertTrue(v.scorePsi() < 0.01);
        assertEquals(100, v.recentApplicants());
    }

    @Test
    void aPopulationThatMovedToShortHistoriesRaisesTheAlertOnTheScoreAndTheVariable() {
        StabilityView v = measure(80, 20);
        // shares 0.5/0.5 -> 0.8/0.2: 0.3 ln(1.6) + (−0.3) ln(0.4) = 0.4159.
        assertEquals(0.3 * Math.log(1.6) - 0.3 * Math.log(0.4), v.scorePsi(), 1e-12);
        assertTrue(v.alert());
        assertTrue(v.variables().get(0).alert());
    }

    @Test
    void withoutRecentApplicationsThereIsNoIndexAndNoAlert() {
        StabilityView v = measure(0, 0);
        assertNull(v.scorePsi());
        assertFalse(v.alert());
    }
}
