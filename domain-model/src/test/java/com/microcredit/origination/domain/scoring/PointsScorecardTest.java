package com.microcredit.origination.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PointsScorecardTest {

    private static final Scaling SCALING = new Scaling(600, 50, 40);

    private static PointsScorecard card() {
        Characteristic months =
                new Characteristic(
                        "TAX_MONTHS",
                        Characteristic.Kind.NUMERIC,
                        List.of(
                                ScorecardBin.interval(0, null, 6.0, 50, 30, -0.9, 40),
                                ScorecardBin.interval(1, 6.0, 18.0, 80, 20, 0.1, 70),
                                ScorecardBin.interval(2, 18.0, null, 120, 10, 0.9, 95),
                                new ScorecardBin(
                                        3, "missing", null, null, Set.of(), true, false, 10, 10,
                                        -0.5, 45)));
        Characteristic sector =
                new Characteristic(
                        "SECTOR",
                        Characteristic.Kind.NOMINAL,
                        List.of(
                                new ScorecardBin(
                                        0,
                                        "retail",
                                        null,
                                        null,
                                        Set.of("retail"),
                                        false,
                                        false,
                                        90,
                                        30,
                                        -0.2,
                                        60),
                                new ScorecardBin(
                                        1,
                                        "farm, tea",
                                        null,
                                        null,
                                        Set.of("farm", "tea"),
                                        false,
                                        false,
                                        100,
                                        10,
                                        0.6,
                                        80),
                                new ScorecardBin(
                                        2,
                                        "other",
                                        null,
                                        null,
                                        Set.of("mine"),
                                        false,
                                        true,
                                        10,
                                        20,
                                        -1.2,
                                        30)));
        return new PointsScorecard(List.of(months, sector), SCALING);
    }

    @Test
    void eachValueFallsInExactlyOneBinAndIntervalsIncludeTheirLowerBound() {
        Characteristic months = card().characteristics().get(0);
        assertEquals(0, months.binIndex("5.99"));
        assertEquals(1, months.binIndex("6"));
        assertEquals(1, months.binIndex("17"));
        assertEquals(2, months.binIndex("18"));
        assertEquals(2, months.binIndex("1000"));
        assertEquals(0, months.binIndex("-3"));
        assertEquals(3, months.binIndex(""));
        assertEquals(3, months.binIndex("not a number"));
        Characteristic sector = card().characteristics().get(1);
        assertEquals(1, sector.binIndex("tea"));
        assertEquals(2, sector.binIndex("quarry"), "an unseen category goes to other");
    }

    @Test
    void theScoreIsTheSumOfPointsAndThePdFollowsTheScaling() {
        Map<String, String> a = new HashMap<>(Map.of("TAX_MONTHS", "24", "SECTOR", "tea"));
        ScoreResult r = card().score(a, 3);
        assertEquals(175, r.score());
        // 600 points at odds 50:1 and 40 points to double: PD(600) = 1/51; PD(640) = 1/101.
        assertEquals(new BigDecimal("0.019608"), SCALING.probabilityOfDefaultAt(600));
        assertEquals(new BigDecimal("0.009901"), SCALING.probabilityOfDefaultAt(640));
        assertEquals(SCALING.probabilityOfDefaultAt(175), r.probabilityOfDefault());
    }

    @Test
    void reasonCodesAreTheVariablesThatLostMostAgainstTheirBestBin() {
        ScoreResult r =
                card().score(new HashMap<>(Map.of("TAX_MONTHS", "3", "SECTOR", "retail")), 3);
        // TAX_MONTHS lost 95 − 40 = 55, SECTOR lost 80 − 60 = 20.
        assertEquals(List.of("TAX_MONTHS", "SECTOR"), r.reasonCodes());
        ScoreResult one =
                card().score(new HashMap<>(Map.of("TAX_MONTHS", "20", "SECTOR", "mine")), 1);
        assertEquals(List.of("SECTOR"), one.reasonCodes());
        assertTrue(
                card().score(new HashMap<>(Map.of("TAX_MONTHS", "20", "SECTOR", "farm")), 3)
                        .reasonCodes()
                        .isEmpty());
    }

    @Test
    void theScoreRangeRunsFromEveryWorstBinToEveryBestBin() {
        assertEquals(40 + 30, card().minScore());
        assertEquals(95 + 80, card().maxScore());
    }
}
