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
        assertEquals(
                List.of("COURT_JUDGMENTS", "THIN_FILE"),
                r.reasonCodes(),
                "no electricity, social security, housing fund or rating data: one thin-file"
                        + " reason for them, none claiming a decline or a shortfall");
    }

    @Test
    void anApplicantWithNoDataInAnySourceGetsOnlyTheThinFileReason() {
        ScoreResult r = ExpertScorecard.score(new AlternativeDataProfile(List.of(), TODAY));
        assertEquals(List.of("THIN_FILE"), r.reasonCodes());
        assertEquals(660 - 60 - 10 - 15 - 25 - 10 - 10, r.score(), "missing data still costs");
    }

    @Test
    void aReasonComesOnlyFromEvidenceTheApplicantHas() {
        List<Observation> obs = new ArrayList<>();
        monthly(obs, DataSource.TAX, "PAID", 24, "1000");
        monthly(obs, DataSource.TAX, "LATE", 24, "0");
        monthly(obs, DataSource.SOCIAL_SECURITY, "CONTRIBUTION", 12, "10");
        monthly(obs, DataSource.HOUSING_FUND, "CONTRIBUTION", 12, "10");
        monthly(obs, DataSource.E_COMMERCE, "RATING", 12, "4.9");
        for (int m = 1; m <= 12; m++) {
            obs.add(
                    new Observation(
                            DataSource.ELECTRICITY,
                            TODAY.withDayOfMonth(1).minusMonths(m),
                            "KWH",
                            new BigDecimal(m <= 6 ? "40" : "100")));
        }
        ScoreResult r = ExpertScorecard.score(new AlternativeDataProfile(obs, TODAY));
        assertEquals(
                List.of("UTILITY_USE_DECLINING"),
                r.reasonCodes(),
                "electricity seen falling is a reason; nothing is missing");
    }

    @Test
    void monthsOfHistoryCountDistinctMonthsWithinTheLookBack() {
        List<Observation> obs = new ArrayList<>();
        monthly(obs, DataSource.ELECTRICITY, "KWH", 30, "100");
        AlternativeDataProfile p = new AlternativeDataProfile(obs, TODAY);
        assertEquals(24, p.months(DataSource.ELECTRICITY));
    }
}
