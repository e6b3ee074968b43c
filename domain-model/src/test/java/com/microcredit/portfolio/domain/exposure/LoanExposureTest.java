package com.microcredit.portfolio.domain.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.portfolio.domain.classification.ClassificationPolicy;
import com.microcredit.portfolio.domain.classification.LoanCategory;
import com.microcredit.portfolio.domain.classification.ProvisionRates;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LoanExposureTest {

    private static final ProvisionRates RATES = ProvisionRates.defaults();
    private static final ClassificationPolicy POLICY = ClassificationPolicy.defaults();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    private static LoanExposure loan(String amount, boolean blind) {
        ExposureProfile profile =
                new ExposureProfile(
                        7,
                        "group-1",
                        3L,
                        "F52",
                        "330106",
                        "MICRO",
                        "BLIND_LENDING",
                        "HZ-001",
                        2L,
                        blind);
        return new LoanExposure("L-1", profile, Money.cny(amount), RATES, Instant.EPOCH);
    }

    @Test
    void everyApplicableLimitKeyIsDerivedFromTheProfile() {
        ExposureProfile profile = loan("1.00", true).profile();
        assertEquals("7", profile.limitKeys().get(LimitDimension.BORROWER));
        assertEquals("group-1", profile.limitKeys().get(LimitDimension.CONNECTED_GROUP));
        assertEquals("3", profile.limitKeys().get(LimitDimension.HUB_CHAIN));
        assertEquals("programme", profile.limitKeys().get(LimitDimension.BLIND_LENDING_CEILING));
        assertEquals(7, profile.limitKeys().size());
        assertFalse(
                loan("1.00", false)
                        .profile()
                        .limitKeys()
                        .containsKey(LimitDimension.BLIND_LENDING_CEILING));
    }

    @Test
    void aNewLoanIsNormalWithTheGeneralProvisionOnly() {
        LoanExposure e = loan("100000.00", false);
        assertEquals(LoanCategory.NORMAL, e.getCategory());
        assertEquals(new BigDecimal("1000.00"), e.provisions().general());
        assertEquals(new BigDecimal("0.00"), e.provisions().specific());
    }

    @Test
    void repaymentReducesOutstandingAndClosesAtZero() {
        LoanExposure e = loan("1000.00", false);
        assertEquals(Money.cny("400.00"), e.repay(Money.cny("400.00"), RATES, Instant.EPOCH));
        assertEquals(Money.cny("600.00"), e.outstanding());
        assertThrows(
                IllegalArgumentException.class,
                () -> e.repay(Money.cny("600.01"), RATES, Instant.EPOCH));
        e.repay(Money.cny("600.00"), RATES, Instant.EPOCH);
        assertEquals(ExposureStatus.CLOSED, e.getStatus());
        assertThrows(
                IllegalStateException.class,
                () -> e.repay(Money.cny("1.00"), RATES, Instant.EPOCH));
    }

    @Test
    void onlyAnUnrepaidLoanCanBeCancelledAndItReleasesTheWholePrincipal() {
        LoanExposure e = loan("1000.00", false);
        assertEquals(Money.cny("1000.00"), e.cancel(Instant.EPOCH));
        assertEquals(ExposureStatus.CANCELLED, e.getStatus());
        LoanExposure partly = loan("1000.00", false);
        partly.repay(Money.cny("1.00"), RATES, Instant.EPOCH);
        assertThrows(IllegalStateException.class, () -> partly.cancel(Instant.EPOCH));
    }

    @Test
    void theFirstMoveIntoNonPerformingIsReportedOnceAsADefault() {
        LoanExposure e = loan("1000.00", true);
        assertFalse(e.recordDaysPastDue(90, DAY, POLICY, RATES, Instant.EPOCH));
        assertTrue(e.recordDaysPastDue(91, DAY, POLICY, RATES, Instant.EPOCH));
        assertFalse(
                e.recordDaysPastDue(300, DAY, POLICY, RATES, Instant.EPOCH), "already defaulted");
        assertEquals(LoanCategory.DOUBTFUL, e.getCategory());
        assertEquals(new BigDecimal("500.00"), e.provisions().specific());
    }

    @Test
    void aQualitativeDowngradeNeedsAReasonAndMustBeWorse() {
        LoanExposure e = loan("1000.00", false);
        assertThrows(
                IllegalArgumentException.class,
                () -> e.downgrade(LoanCategory.SUBSTANDARD, " ", RATES, Instant.EPOCH));
        assertTrue(
                e.downgrade(
                        LoanCategory.SUBSTANDARD,
                        "owner under investigation",
                        RATES,
                        Instant.EPOCH));
        assertThrows(
                IllegalArgumentException.class,
                () -> e.downgrade(LoanCategory.SPECIAL_MENTION, "milder", RATES, Instant.EPOCH));
        e.recordDaysPastDue(0, DAY, POLICY, RATES, Instant.EPOCH);
        assertEquals(
                LoanCategory.SUBSTANDARD, e.getCategory(), "the floor holds with nothing overdue");
    }

    @Test
    void aCureNeedsSixMonthsOfRegularRepaymentAfterTheArrearsWereCleared() {
        LoanExposure e = loan("1000.00", false);
        e.recordDaysPastDue(120, DAY, POLICY, RATES, Instant.EPOCH);
        assertThrows(
                IllegalStateException.class, () -> e.cure(DAY, POLICY, 6, RATES), "still overdue");
        e.recordDaysPastDue(0, DAY, POLICY, RATES, Instant.EPOCH);
        assertEquals(LoanCategory.SUBSTANDARD, e.getCategory());
        IllegalStateException early =
                assertThrows(
                        IllegalStateException.class,
                        () -> e.cure(DAY.plusMonths(5), POLICY, 6, RATES));
        assertTrue(early.getMessage().contains("5 months"), early.getMessage());
        e.cure(DAY.plusMonths(6), POLICY, 6, RATES);
        assertEquals(LoanCategory.NORMAL, e.getCategory());
        assertEquals(new BigDecimal("0.00"), e.provisions().specific());
    }
}
