package com.microcredit.portfolio.domain.classification;

import static com.microcredit.portfolio.domain.classification.LoanCategory.DOUBTFUL;
import static com.microcredit.portfolio.domain.classification.LoanCategory.LOSS;
import static com.microcredit.portfolio.domain.classification.LoanCategory.NORMAL;
import static com.microcredit.portfolio.domain.classification.LoanCategory.SPECIAL_MENTION;
import static com.microcredit.portfolio.domain.classification.LoanCategory.SUBSTANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.shared.domain.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClassificationPolicyTest {

    private final ClassificationPolicy policy = ClassificationPolicy.defaults();

    @ParameterizedTest(name = "{0} days past due is {1}")
    @CsvSource({"0,NORMAL", "1,SPECIAL_MENTION", "90,SPECIAL_MENTION", "91,SUBSTANDARD", "270,SUBSTANDARD",
            "271,DOUBTFUL", "360,DOUBTFUL", "361,LOSS", "5000,LOSS"})
    void eachSideOfEveryBoundary(int days, LoanCategory expected) {
        assertEquals(expected, policy.categoryFor(days));
    }

    @Test
    void customBoundariesMoveTheCategories() {
        ClassificationPolicy strict = new ClassificationPolicy(60, 180, 360);
        assertEquals(SPECIAL_MENTION, strict.categoryFor(60));
        assertEquals(SUBSTANDARD, strict.categoryFor(61));
        assertEquals(DOUBTFUL, strict.categoryFor(181));
        assertThrows(IllegalArgumentException.class, () -> new ClassificationPolicy(90, 90, 360));
        assertThrows(IllegalArgumentException.class, () -> policy.categoryFor(-1));
    }

    @Test
    void aQualitativeFloorWinsWhenWorseAndNeverImproves() {
        assertEquals(SUBSTANDARD, policy.reclassify(NORMAL, 0, SUBSTANDARD));
        assertEquals(DOUBTFUL, policy.reclassify(NORMAL, 300, SPECIAL_MENTION));
    }

    @Test
    void aNonPerformingLoanIsNeverUpgradedAutomatically() {
        assertEquals(DOUBTFUL, policy.reclassify(DOUBTFUL, 100, null));
        assertEquals(DOUBTFUL, policy.reclassify(DOUBTFUL, 0, null));
        assertEquals(LOSS, policy.reclassify(DOUBTFUL, 400, null));
    }

    @Test
    void aPerformingLoanReturnsToNormalWhenArrearsAreCleared() {
        assertEquals(NORMAL, policy.reclassify(SPECIAL_MENTION, 0, null));
    }

    @Test
    void aCureIsRefusedForEachUnmetConditionAndGrantedWhenAllHold() {
        assertFalse(policy.cure(SPECIAL_MENTION, 0, 12, null, 6).cured(), "not non-performing");
        assertTrue(policy.cure(SUBSTANDARD, 5, 12, null, 6).refusalReason().contains("overdue"));
        assertTrue(policy.cure(SUBSTANDARD, 0, 5, null, 6).refusalReason().contains("months"));
        assertTrue(policy.cure(SUBSTANDARD, 0, 6, DOUBTFUL, 6).refusalReason().contains("downgrade"));
        CureDecision cured = policy.cure(DOUBTFUL, 0, 6, SPECIAL_MENTION, 6);
        assertTrue(cured.cured());
        assertEquals(SPECIAL_MENTION, cured.category());
    }

    @Test
    void nonPerformingMeansSubstandardDoubtfulOrLoss() {
        assertFalse(SPECIAL_MENTION.isNonPerforming());
        assertTrue(SUBSTANDARD.isNonPerforming());
        assertTrue(LOSS.isNonPerforming());
    }

    @Test
    void provisionsUseTheDefaultRatesRoundedHalfEvenToTheCent() {
        ProvisionRates rates = ProvisionRates.defaults();
        assertEquals(Money.cny("25000.00"), rates.specificProvision(SUBSTANDARD, Money.cny("100000.00")));
        assertEquals(Money.cny("1000.00"), rates.generalProvision(Money.cny("100000.00")));
        assertEquals(Money.cny("0.00"), rates.specificProvision(NORMAL, Money.cny("100000.00")));
        assertEquals(Money.cny("2.00"), rates.specificProvision(SPECIAL_MENTION, Money.cny("100.00")));
        assertEquals(Money.cny("0.12"), rates.generalProvision(Money.cny("12.50")), "0.125 rounds half-even to 0.12");
        assertEquals(Money.cny("0.14"), rates.generalProvision(Money.cny("13.50")), "0.135 rounds half-even to 0.14");
        assertEquals(Money.cny("100.01"), rates.specificProvision(LOSS, Money.cny("100.01")));
        assertEquals(Money.cny("50.00"), rates.specificProvision(DOUBTFUL, Money.cny("100.01")), "50.005 rounds half-even to 50.00");
    }

    @Test
    void invalidProvisionRatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ProvisionRates(new java.math.BigDecimal("1.01"),
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE));
    }
}
