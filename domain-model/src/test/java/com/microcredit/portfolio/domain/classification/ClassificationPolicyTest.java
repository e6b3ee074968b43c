package com.microcredit.portfolio.domain.classification;

import static com.microcredit.portfolio.domain.classification.LoanCategory.DOUBTFUL;
import static com.microcredit.portfolio.domain.classification.LoanCategory.LOSS;
import static com.microcredit.portfolio.domain.classification.LoanCategory.NORMAL;
import static com.microcredit.portfolio.domain.classification.LoanCategory.SPECIAL_MENTION;
import static com.microcredit.portfolio.domain.classification.LoanCategory.SUBSTANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationPolicyTest {

    private static final int CURE_MONTHS = ClassificationPolicy.DEFAULT_MINIMUM_CURE_MONTHS;

    private final ClassificationPolicy policy = ClassificationPolicy.defaults();

    @ParameterizedTest(name = "{0} days past due is {1}")
    @CsvSource({
        "0,NORMAL",
        "1,SPECIAL_MENTION",
        "90,SPECIAL_MENTION",
        "91,SUBSTANDARD",
        "270,SUBSTANDARD",
        "271,DOUBTFUL",
        "360,DOUBTFUL",
        "361,LOSS",
        "5000,LOSS"
    })
    void defaultBoundariesClassifyEachSideOf0_90_270_360(int daysPastDue, LoanCategory expected) {
        assertEquals(expected, policy.categoryFor(daysPastDue));
    }

    @ParameterizedTest(name = "{0} days past due is {1} with boundaries 30/60/120")
    @CsvSource({
        "0,NORMAL",
        "1,SPECIAL_MENTION",
        "30,SPECIAL_MENTION",
        "31,SUBSTANDARD",
        "60,SUBSTANDARD",
        "61,DOUBTFUL",
        "120,DOUBTFUL",
        "121,LOSS"
    })
    void customBoundariesClassifyEachSideOfEveryBoundary(int daysPastDue, LoanCategory expected) {
        assertEquals(expected, new ClassificationPolicy(30, 60, 120).categoryFor(daysPastDue));
    }

    @ParameterizedTest(name = "boundaries {0}/{1}/{2} are refused")
    @CsvSource({"0,270,360", "-1,270,360", "90,90,360", "90,89,360", "90,270,270", "90,270,100"})
    void boundariesMustBePositiveAndStrictlyIncreasing(
            int specialMention, int substandard, int doubtful) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ClassificationPolicy(specialMention, substandard, doubtful));
    }

    @Test
    void negativeDaysPastDueAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> policy.categoryFor(-1));
        assertThrows(IllegalArgumentException.class, () -> policy.reclassify(NORMAL, -1, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> policy.cure(SUBSTANDARD, -1, 12, null, CURE_MONTHS));
    }

    @Test
    void negativeMonthsAreRefusedForACure() {
        assertThrows(
                IllegalArgumentException.class,
                () -> policy.cure(SUBSTANDARD, 0, -1, null, CURE_MONTHS));
        assertThrows(
                IllegalArgumentException.class, () -> policy.cure(SUBSTANDARD, 0, 12, null, -1));
    }

    @Test
    void aNewLoanIsClassifiedByItsDaysPastDue() {
        assertEquals(NORMAL, policy.reclassify(null, 0, null));
        assertEquals(SUBSTANDARD, policy.reclassify(null, 91, null));
    }

    @Test
    void aQualitativeFloorWinsWhenWorseThanTheDaysPastDue() {
        assertEquals(SUBSTANDARD, policy.reclassify(NORMAL, 0, SUBSTANDARD));
        assertEquals(SPECIAL_MENTION, policy.reclassify(null, 0, SPECIAL_MENTION));
        assertEquals(LOSS, policy.reclassify(SPECIAL_MENTION, 30, LOSS));
    }

    @Test
    void aQualitativeFloorNeverMakesALoanBetterThanItsDaysPastDue() {
        assertEquals(DOUBTFUL, policy.reclassify(NORMAL, 300, SPECIAL_MENTION));
        assertEquals(LOSS, policy.reclassify(SPECIAL_MENTION, 361, NORMAL));
    }

    @Test
    void aNonPerformingLoanIsNeverUpgradedAutomatically() {
        LoanCategory category = policy.reclassify(NORMAL, 300, null);
        assertEquals(DOUBTFUL, category);
        category = policy.reclassify(category, 100, null);
        assertEquals(DOUBTFUL, category, "not even to substandard");
        category = policy.reclassify(category, 0, null);
        assertEquals(DOUBTFUL, category, "not even with nothing overdue");
    }

    @Test
    void aNonPerformingLoanStillGetsWorseAutomatically() {
        assertEquals(LOSS, policy.reclassify(DOUBTFUL, 361, null));
        assertEquals(LOSS, policy.reclassify(SUBSTANDARD, 0, LOSS));
    }

    @Test
    void aPerformingLoanReturnsToNormalWhenArrearsAreCleared() {
        assertEquals(SPECIAL_MENTION, policy.reclassify(NORMAL, 45, null));
        assertEquals(NORMAL, policy.reclassify(SPECIAL_MENTION, 0, null));
    }

    @Test
    void aPerformingLoanWithAFloorReturnsOnlyToTheFloor() {
        assertEquals(SPECIAL_MENTION, policy.reclassify(SPECIAL_MENTION, 0, SPECIAL_MENTION));
    }

    @Test
    void aCureIsRefusedForALoanThatIsNotNonPerforming() {
        CureDecision decision = policy.cure(SPECIAL_MENTION, 0, 12, null, CURE_MONTHS);
        assertRefused(decision, SPECIAL_MENTION, "not non-performing");
        assertRefused(policy.cure(null, 0, 12, null, CURE_MONTHS), null, "not non-performing");
    }

    @Test
    void aCureIsRefusedWhileAnAmountIsOverdue() {
        assertRefused(
                policy.cure(SUBSTANDARD, 1, 12, null, CURE_MONTHS),
                SUBSTANDARD,
                "still overdue (1 days");
    }

    @Test
    void aCureIsRefusedBeforeTheMinimumMonthsOfRegularRepayment() {
        assertRefused(policy.cure(DOUBTFUL, 0, 5, null, CURE_MONTHS), DOUBTFUL, "only 5 months");
        assertRefused(policy.cure(DOUBTFUL, 0, 11, null, 12), DOUBTFUL, "12 are required");
    }

    @Test
    void aCureIsRefusedWhileANonPerformingQualitativeFloorIsInForce() {
        assertRefused(
                policy.cure(LOSS, 0, 12, SUBSTANDARD, CURE_MONTHS),
                LOSS,
                "qualitative downgrade to SUBSTANDARD");
    }

    @Test
    void aCureIsGrantedToNormalWhenAllConditionsHold() {
        CureDecision decision = policy.cure(LOSS, 0, CURE_MONTHS, null, CURE_MONTHS);
        assertTrue(decision.cured());
        assertEquals(NORMAL, decision.category());
        assertNull(decision.refusalReason());
    }

    @Test
    void aCureRespectsAPerformingQualitativeFloor() {
        CureDecision decision = policy.cure(DOUBTFUL, 0, 7, SPECIAL_MENTION, CURE_MONTHS);
        assertTrue(decision.cured());
        assertEquals(SPECIAL_MENTION, decision.category());
    }

    @Test
    void nonPerformingMeansSubstandardDoubtfulOrLoss() {
        assertFalse(NORMAL.isNonPerforming());
        assertFalse(SPECIAL_MENTION.isNonPerforming());
        assertTrue(SUBSTANDARD.isNonPerforming());
        assertTrue(DOUBTFUL.isNonPerforming());
        assertTrue(LOSS.isNonPerforming());
    }

    @Test
    void theWorstCategoryWinsAndNoFloorNeverWins() {
        assertEquals(DOUBTFUL, LoanCategory.worst(SUBSTANDARD, DOUBTFUL));
        assertEquals(DOUBTFUL, LoanCategory.worst(DOUBTFUL, SUBSTANDARD));
        assertEquals(NORMAL, LoanCategory.worst(null, NORMAL));
        assertEquals(NORMAL, LoanCategory.worst(NORMAL, null));
        assertNull(LoanCategory.worst(null, null));
        assertTrue(LOSS.isWorseThan(DOUBTFUL));
        assertFalse(DOUBTFUL.isWorseThan(DOUBTFUL));
        assertTrue(NORMAL.isWorseThan(null));
    }

    private static void assertRefused(
            CureDecision decision, LoanCategory unchanged, String reasonPart) {
        assertFalse(decision.cured());
        assertEquals(unchanged, decision.category());
        assertTrue(decision.refusalReason().contains(reasonPart), decision.refusalReason());
    }
}
