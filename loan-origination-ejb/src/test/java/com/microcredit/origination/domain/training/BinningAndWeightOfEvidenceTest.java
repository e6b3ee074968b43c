package com.microcredit.origination.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.ScorecardBin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinningAndWeightOfEvidenceTest {

    private static final TrainingOptions FOUR_FINE_CLASSES =
            new TrainingOptions(
                    4, 0.05, 0.0, 0.75, 1.0, TrainingOptions.defaults().scaling(), null, 3, 1L);

    /** x = 1..4, five applicants each; bads per value 4, 3, 1, 2 (10 of 20). */
    private static DataSet handExample(List<Integer> bad) {
        int[][] counts = {{1, 4}, {2, 3}, {3, 1}, {4, 2}};
        List<String[]> rows = new ArrayList<>();
        for (int[] c : counts) {
            for (int k = 0; k < 5; k++) {
                rows.add(new String[] {String.valueOf(c[0])});
                bad.add(k < c[1] ? 1 : 0);
            }
        }
        return new DataSet("hand", List.of("x"), List.of(DataSet.Kind.NUMERIC), rows);
    }

    @Test
    void numericBinsArePooledUntilTheBadRateIsMonotonic() {
        List<Integer> bad = new ArrayList<>();
        VariableBinning b =
                Binner.bin(
                        handExample(bad),
                        "x",
                        bad.stream().mapToInt(Integer::intValue).toArray(),
                        FOUR_FINE_CLASSES);
        // Bad rates 0.8, 0.6, 0.2, 0.4 fall except at x = 4, so x = 3 and x = 4 are pooled (3 of 10
        // bad).
        assertEquals(3, b.bins().size());
        assertEquals(
                List.of("< 2", "[2, 3)", ">= 3"),
                b.bins().stream().map(ScorecardBin::label).toList());
        assertEquals(List.of(4, 3, 3), b.bins().stream().map(ScorecardBin::bads).toList());
        assertEquals(List.of(1, 2, 7), b.bins().stream().map(ScorecardBin::goods).toList());
        assertTrue(b.monotonic());
    }

    @Test
    void weightOfEvidenceAndInformationValueMatchTheHandComputation() {
        List<Integer> bad = new ArrayList<>();
        VariableBinning b =
                Binner.bin(
                        handExample(bad),
                        "x",
                        bad.stream().mapToInt(Integer::intValue).toArray(),
                        FOUR_FINE_CLASSES);
        // WOE = ln(%good / %bad) with half an observation added to each count: shares (g + 0.5) /
        // 11.5.
        assertEquals(Math.log(1.5 / 4.5), b.bins().get(0).woe(), 1e-12);
        assertEquals(-1.098612, b.bins().get(0).woe(), 1e-6);
        assertEquals(-0.336472, b.bins().get(1).woe(), 1e-6);
        assertEquals(0.762140, b.bins().get(2).woe(), 1e-6);
        double iv =
                (1.5 - 4.5) / 11.5 * Math.log(1.5 / 4.5)
                        + (2.5 - 3.5) / 11.5 * Math.log(2.5 / 3.5)
                        + (7.5 - 3.5) / 11.5 * Math.log(7.5 / 3.5);
        assertEquals(iv, b.informationValue(), 1e-12);
        assertEquals(0.580945, b.informationValue(), 1e-6);
    }

    @Test
    void rareCategoriesAreMergedIntoOtherWhichAlsoTakesUnseenValues() {
        List<String[]> rows = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new String[] {i < 20 ? "shop" : "farm"});
            bad.add(i % 4 == 0 ? 1 : 0);
        }
        for (String rare : new String[] {"mine", "mine", "port", "port"}) {
            rows.add(new String[] {rare});
            bad.add(1);
        }
        DataSet d = new DataSet("cats", List.of("sector"), List.of(DataSet.Kind.NOMINAL), rows);
        TrainingOptions fivePercent =
                new TrainingOptions(
                        20,
                        0.05,
                        0.0,
                        0.75,
                        1.0,
                        TrainingOptions.defaults().scaling(),
                        null,
                        3,
                        1L);
        VariableBinning b =
                Binner.bin(
                        d,
                        "sector",
                        bad.stream().mapToInt(Integer::intValue).toArray(),
                        fivePercent);
        assertEquals(3, b.bins().size());
        ScorecardBin other = b.bins().get(2);
        assertTrue(other.otherCategories());
        assertEquals(4, other.count(), "mine and port (2 each, below 5 % of 44 = 2.2) pooled");
        Characteristic c = b.characteristic();
        assertEquals(2, c.binIndex("mine"));
        assertEquals(2, c.binIndex("never seen in training"));
        assertFalse(c.bin(c.binIndex("shop")).otherCategories());
    }

    @Test
    void missingValuesGetABinOfTheirOwn() {
        List<String[]> rows = new ArrayList<>();
        int[] bad = new int[60];
        for (int i = 0; i < 60; i++) {
            rows.add(new String[] {i < 10 ? null : String.valueOf(i)});
            bad[i] = i < 10 ? (i < 6 ? 1 : 0) : (i % 5 == 0 ? 1 : 0);
        }
        VariableBinning b =
                Binner.bin(
                        new DataSet("m", List.of("v"), List.of(DataSet.Kind.NUMERIC), rows),
                        "v",
                        bad,
                        TrainingOptions.defaults());
        ScorecardBin missing = b.bins().get(b.bins().size() - 1);
        assertTrue(missing.missing());
        assertEquals(10, missing.count());
        assertEquals(b.bins().size() - 1, b.characteristic().binIndex((String) null));
        assertEquals(b.bins().size() - 1, b.characteristic().binIndex("?"));
    }
}
