package com.microcredit.origination.domain.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.domain.borrower.VisitAssessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathEvaluatorsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final RelationshipEvaluator.Rules REL =
            new RelationshipEvaluator.Rules(30, new BigDecimal("0.50"));
    private static final BigDataEvaluator.Rules BIG =
            new BigDataEvaluator.Rules(12, 2, new BigDecimal("0.05"), new BigDecimal("0.15"));

    private static RelationshipEvaluator.Facts member(
            List<Long> othersWithLoans, List<Long> belowDeposit, boolean blocked) {
        return new RelationshipEvaluator.Facts(
                "Wang Li",
                true,
                TODAY.minusDays(5),
                VisitAssessment.STRONG,
                new RelationshipEvaluator.GroupFacts(
                        "Longjing",
                        blocked,
                        blocked ? "default" : null,
                        othersWithLoans,
                        belowDeposit),
                null,
                true);
    }

    @Test
    void aSecondGroupMemberIsBlockedWhileTheFirstRepays() {
        PathEvaluation e =
                RelationshipEvaluator.evaluate(member(List.of(101L), List.of(), false), REL, TODAY);
        assertTrue(e.hardStops().contains("GROUP_MEMBER_HAS_ACTIVE_LOAN"));
        PathEvaluation afterRepayment =
                RelationshipEvaluator.evaluate(member(List.of(), List.of(), false), REL, TODAY);
        assertTrue(afterRepayment.hardStops().isEmpty());
        assertTrue(afterRepayment.result().isAvailable());
    }

    @Test
    void aMembersDefaultBlocksTheWholeGroup() {
        assertTrue(
                RelationshipEvaluator.evaluate(member(List.of(), List.of(), true), REL, TODAY)
                        .hardStops()
                        .contains("GROUP_BLOCKED"));
    }

    @Test
    void everyMemberMustKeepTheMinimumDeposit() {
        PathResult r =
                RelationshipEvaluator.evaluate(member(List.of(), List.of(103L), false), REL, TODAY)
                        .result();
        assertEquals("GROUP_DEPOSIT_SHORTFALL", r.getReasonCode());
    }

    @Test
    void noRecentVisitMeansNoRelationshipInformation() {
        var f =
                new RelationshipEvaluator.Facts(
                        "Wang Li",
                        true,
                        TODAY.minusDays(31),
                        VisitAssessment.STRONG,
                        null,
                        new RelationshipEvaluator.DepositFacts(
                                "****0001", new BigDecimal("0.80"), 3),
                        false);
        assertEquals(
                "NO_RECENT_VISIT",
                RelationshipEvaluator.evaluate(f, REL, TODAY).result().getReasonCode());
    }

    @Test
    void depositAnchoredLendingNeedsCoverageAtTheThreshold() {
        var low =
                new RelationshipEvaluator.Facts(
                        "Wang Li",
                        true,
                        TODAY.minusDays(3),
                        VisitAssessment.SATISFACTORY,
                        null,
                        new RelationshipEvaluator.DepositFacts(
                                "****0001", new BigDecimal("0.4999"), 3),
                        false);
        assertEquals(
                "LOW_SETTLEMENT_COVERAGE",
                RelationshipEvaluator.evaluate(low, REL, TODAY).result().getReasonCode());
        var enough =
                new RelationshipEvaluator.Facts(
                        "Wang Li",
                        true,
                        TODAY.minusDays(3),
                        VisitAssessment.SATISFACTORY,
                        null,
                        new RelationshipEvaluator.DepositFacts(
                                "****0001", new BigDecimal("0.50"), 3),
                        false);
        assertTrue(RelationshipEvaluator.evaluate(enough, REL, TODAY).result().isAvailable());
    }

    @Test
    void aThinFileMakesBigDataInsufficient() {
        // 12 months of electricity alone: one deep source where two are needed.
        var f =
                new BigDataEvaluator.Facts(
                        true,
                        Map.of("ELECTRICITY", 24, "TAX", 11),
                        640,
                        new BigDecimal("0.010"),
                        List.of(),
                        true,
                        null,
                        null);
        PathEvaluation e = BigDataEvaluator.evaluate(f, BIG);
        assertFalse(e.result().isAvailable());
        assertEquals("THIN_FILE", e.result().getReasonCode());
    }

    @Test
    void bigDataWithoutConsentIsInsufficient() {
        var f =
                new BigDataEvaluator.Facts(
                        false,
                        Map.of("ELECTRICITY", 24, "TAX", 24),
                        640,
                        new BigDecimal("0.010"),
                        List.of(),
                        true,
                        null,
                        null);
        assertEquals("NO_CONSENT", BigDataEvaluator.evaluate(f, BIG).result().getReasonCode());
    }

    @Test
    void dataThatCostsMoreThanTheMarginIsNotUsed() {
        var f =
                new BigDataEvaluator.Facts(
                        true,
                        Map.of("ELECTRICITY", 24, "TAX", 24),
                        640,
                        new BigDecimal("0.010"),
                        List.of(),
                        false,
                        null,
                        null);
        assertEquals(
                "DATA_COST_EXCEEDS_MARGIN",
                BigDataEvaluator.evaluate(f, BIG).result().getReasonCode());
    }

    @Test
    void startUpsWithoutTaxHistoryAreNotEligibleForTheTaxLoan() {
        var f =
                new BigDataEvaluator.Facts(
                        true,
                        Map.of("ELECTRICITY", 24, "TAX", 12),
                        640,
                        new BigDecimal("0.010"),
                        List.of(),
                        true,
                        "TAX",
                        24);
        assertTrue(
                BigDataEvaluator.evaluate(f, BIG).hardStops().contains("INSUFFICIENT_TAX_HISTORY"));
    }

    @Test
    void aScoreAboveTheDeclineCutoffIsAHardStop() {
        var f =
                new BigDataEvaluator.Facts(
                        true,
                        Map.of("ELECTRICITY", 24, "TAX", 24),
                        480,
                        new BigDecimal("0.160"),
                        List.of("COURT_JUDGMENTS"),
                        true,
                        null,
                        null);
        assertTrue(BigDataEvaluator.evaluate(f, BIG).hardStops().contains("SCORE_BELOW_CUTOFF"));
    }

    @Test
    void supplyChainNeedsANormalHubAndStaysWithinTheMemberLimit() {
        var ok =
                new SupplyChainEvaluator.Standing(
                        "Hub",
                        "NORMAL",
                        "SUPPLIER",
                        30,
                        new BigDecimal("1800000.00"),
                        new BigDecimal("540000.00"),
                        true,
                        null);
        assertTrue(
                SupplyChainEvaluator.evaluate(List.of(ok), new BigDecimal("540000.00"), true)
                        .result()
                        .isAvailable());
        assertEquals(
                "ABOVE_MEMBER_LIMIT",
                SupplyChainEvaluator.evaluate(List.of(ok), new BigDecimal("540000.01"), true)
                        .result()
                        .getReasonCode());
        var watch =
                new SupplyChainEvaluator.Standing(
                        "Hub",
                        "WATCH",
                        "SUPPLIER",
                        30,
                        new BigDecimal("1800000.00"),
                        new BigDecimal("540000.00"),
                        false,
                        "HUB_NOT_NORMAL");
        assertTrue(
                SupplyChainEvaluator.evaluate(List.of(watch), BigDecimal.TEN, true)
                        .hardStops()
                        .contains("HUB_NOT_NORMAL"));
    }

    @Test
    void blindLendingRespectsTheSingleLoanCapAndTheBlacklist() {
        var rules = new BlindLendingEvaluator.Rules(18, 65);
        assertEquals(
                "ABOVE_SINGLE_LOAN_CAP",
                BlindLendingEvaluator.evaluate(
                                new BlindLendingEvaluator.Facts(
                                        false,
                                        30,
                                        true,
                                        null,
                                        new BigDecimal("333333.33"),
                                        new BigDecimal("1000000"),
                                        new BigDecimal("333333.34")),
                                rules)
                        .result()
                        .getReasonCode());
        assertTrue(
                BlindLendingEvaluator.evaluate(
                                new BlindLendingEvaluator.Facts(
                                        true,
                                        30,
                                        true,
                                        null,
                                        new BigDecimal("333333.33"),
                                        new BigDecimal("1000000"),
                                        BigDecimal.TEN),
                                rules)
                        .hardStops()
                        .contains("BLACKLISTED"));
    }

    @Test
    void bureauQueriesNeedConsentAndAdverseRecordsStopLending() {
        assertEquals(
                "NO_CONSENT",
                DataCentreEvaluator.evaluate(
                                new DataCentreEvaluator.Facts(false, true, 60, 1, 0, 0, 0))
                        .result()
                        .getReasonCode());
        PathEvaluation adverse =
                DataCentreEvaluator.evaluate(
                        new DataCentreEvaluator.Facts(true, true, 60, 2, 1, 90, 1));
        assertTrue(
                adverse.hardStops()
                        .containsAll(List.of("ADVERSE_CREDIT_RECORD", "COURT_ENFORCEMENT")));
    }

    @Test
    void aThinFileWithASourceThatCouldNotBeReadIsSourceUnavailableNotThin() {
        var f =
                new BigDataEvaluator.Facts(
                        true,
                        Map.of("ELECTRICITY", 24),
                        640,
                        new BigDecimal("0.010"),
                        List.of(),
                        true,
                        null,
                        null,
                        List.of("TAX"));
        assertEquals(
                "SOURCE_UNAVAILABLE", BigDataEvaluator.evaluate(f, BIG).result().getReasonCode());
    }

    @Test
    void unreadCourtRecordsKeepBigDataFromScoringEvenWithADeepFile() {
        var f =
                new BigDataEvaluator.Facts(
                        true,
                        Map.of("ELECTRICITY", 24, "TAX", 24),
                        640,
                        new BigDecimal("0.010"),
                        List.of(),
                        true,
                        null,
                        null,
                        List.of("COURTS"));
        PathEvaluation e = BigDataEvaluator.evaluate(f, BIG);
        assertFalse(e.result().isAvailable());
        assertEquals("SOURCE_UNAVAILABLE", e.result().getReasonCode());
    }

    @Test
    void aDeepFileStaysAvailableWhenOnlyAnotherBehaviouralSourceWasUnread() {
        var f =
                new BigDataEvaluator.Facts(
                        true,
                        Map.of("ELECTRICITY", 24, "TAX", 24),
                        640,
                        new BigDecimal("0.010"),
                        List.of(),
                        true,
                        null,
                        null,
                        List.of("E_COMMERCE"));
        assertTrue(BigDataEvaluator.evaluate(f, BIG).result().isAvailable());
    }

    @Test
    void anUnreadCreditReportIsNotACleanOne() {
        PathEvaluation e =
                DataCentreEvaluator.evaluate(
                        new DataCentreEvaluator.Facts(
                                true, false, 0, 0, 0, 0, 0, List.of("CREDIT_REPORT")));
        assertFalse(e.result().isAvailable());
        assertEquals("SOURCE_UNAVAILABLE", e.result().getReasonCode());
    }

    @Test
    void anUnreadTaxSourceIsNoHardStopForShortTaxHistory() {
        var f =
                new BigDataEvaluator.Facts(
                        true,
                        Map.of("ELECTRICITY", 24),
                        640,
                        new BigDecimal("0.010"),
                        List.of(),
                        true,
                        null,
                        24,
                        List.of("TAX"));
        PathEvaluation e = BigDataEvaluator.evaluate(f, BIG);
        assertEquals("SOURCE_UNAVAILABLE", e.result().getReasonCode());
        assertTrue(e.hardStops().isEmpty(), "unknown is not short");
    }
}
