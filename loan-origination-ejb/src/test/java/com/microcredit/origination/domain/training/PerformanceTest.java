package com.microcredit.origination.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceTest {

    @Test
    void aucIsTheShareOfGoodBadPairsInTheRightOrderWithTiesCountingHalf() {
        // goods at 2 and 4, bads at 1 and 3: (2>1), (4>1), (4>3) right, (2<3) wrong -> 3/4.
        assertEquals(
                0.75, Performance.auc(new double[] {1, 2, 3, 4}, new int[] {1, 0, 1, 0}), 1e-12);
        assertEquals(0.5, Performance.auc(new double[] {5, 5}, new int[] {1, 0}), 1e-12);
    }

    @Test
    void ksIsTheLargestGapBetweenTheCumulativeDistributions() {
        Performance.Separation s =
                Performance.ks(new double[] {1, 2, 3, 4, 5, 6}, new int[] {1, 1, 0, 1, 0, 0});
        // Below 3: 2/3 of bads, 0 goods -> 0.667.
        assertEquals(2.0 / 3.0, s.ks(), 1e-12);
        assertEquals(3.0, s.atScore(), 1e-12);
    }

    @Test
    void theConfusionAtTheCutoffCountsBadsCaughtAndGoodsDeclined() {
        Performance.Confusion c =
                Performance.confusion(
                        new double[] {1, 2, 3, 4, 5, 6}, new int[] {1, 1, 0, 1, 0, 0}, 3);
        assertEquals(
                List.of(2, 0, 3, 1),
                List.of(
                        c.truePositives(),
                        c.falsePositives(),
                        c.trueNegatives(),
                        c.falseNegatives()));
        assertEquals(2.0 / 3.0, c.badsCaught(), 1e-12);
        assertEquals(5.0 / 6.0, c.accuracy(), 1e-12);
    }

    @Test
    void calibrationBandsCoverEveryApplicantOnceAndKeepTiesTogether() {
        double[] scores = {1, 1, 1, 2, 3, 4, 5, 6, 7, 8};
        int[] bad = {1, 1, 0, 1, 0, 0, 0, 1, 0, 0};
        double[] pd = {0.5, 0.5, 0.5, 0.4, 0.3, 0.2, 0.2, 0.1, 0.1, 0.1};
        List<Performance.Band> bands = Performance.calibration(scores, bad, pd, 5);
        assertEquals(10, bands.stream().mapToInt(Performance.Band::count).sum());
        assertEquals(3, bands.get(0).count(), "the three applicants on score 1 share a band");
        assertEquals(2.0 / 3.0, bands.get(0).observedBadRate(), 1e-12);
        assertEquals(0.5, bands.get(0).predictedPd(), 1e-12);
    }
}
