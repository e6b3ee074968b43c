package com.microcredit.origination.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpertScorecardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static void monthly(
            List<Observation> obs, DataSource s, String metric, int months, String value) {
        for (int m = 1; m <= months; m++) {
            obs.add(
                    new Observation(
                            s,
                            TODAY.withDayOfMonth(1).minusMonths(m),
                            metric,
                            new BigDecimal(value)));
        }
    }

    @Test
    void theBestBinsScoreTheBaseAndPdFollowsTheScaling() {
        List<Observation> obs = new ArrayList<>();
        monthly(obs, DataSource.TAX, "PAID", 24, "1000");
        monthly(obs, DataSource.TAX, "LATE", 24, "0");
        monthly(obs, DataSource.ELECTRICITY, "KWH", 12, "100");
        monthly(obs, DataSource.SOCIAL_SECURITY, "CONTRIBUTION", 12, "10");
        monthly(obs, DataSource.HOUSING_FUND, "CONTRIBUTION", 12, "10");
        monthly(obs, DataSource.E_COMMERCE, "RATING", 12, "4.9");
        ScoreResult r = ExpertScorecard.score(new AlternativeDataProfile(obs, TODAY));
        assertEquals(660, r.score());
        assertTrue(r.reasonCodes().isEmpty());
        // 600 points at odds 50:1 -> PD = 1/51.
        assertEquals(new BigDecimal("0.019608"), ExpertScorecard.probabilityOfDefault(600));
    }

    @Test
    void reasonCodesPointAtTheCharacteristicsThatLostTheMostPoints() {
        List<Observation> obs = new ArrayList<>();
        monthly(obs, DataSource.TAX, "PAID", 24, "1000");
        monthly(obs, DataSource.TAX, "LATE", 24, "0");
        obs.add(
                new Observation(
                        DataSource.COURTS,
                        TODAY.withDayOfMonth(1).minusMonths(3),
                        "JUDGMENT",
                        BigDecimal.ONE));
        obs.add(
                new Observation(
                        DataSource.COURTS,
                        TODAY.withDayOfMonth(1).minusMonths(5),
                        "JUDGMENT",
                        BigDecimal.ONE));
        ScoreResult r = ExpertScorecard.score(new AlternativeDataProfile(obs, TODAY));
        assertEquals("COURT_JUDGMENTS", r.reasonCodes().get(0));
        assertEquals(3, r.reasonCodes().size());
    }

    @Test
    void monthsOfHistoryCountDistinctMonthsWithinTheLookBack() {
        List<Observation> obs = new ArrayList<>();
        monthly(obs, DataSource.ELECTRICITY, "KWH", 30, "100");
        AlternativeDataProfile p = new AlternativeDataProfile(obs, TODAY);
        assertEquals(24, p.months(DataSource.ELECTRICITY));
    }
}
