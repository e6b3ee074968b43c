package com.microcredit.portfolio.domain.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.portfolio.domain.classification.ClassificationPolicy;
import com.microcredit.portfolio.domain.classification.LoanCategory;
import com.microcredit.portfolio.domain.classification.ProvisionRates;
import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The nightly reassessment of a loan: days past due from the schedule, classification, provisions.
 */
class ReassessmentTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final Instant AT = Instant.parse("2026-11-27T18:00:00Z");
    private static final ClassificationPolicy POLICY = ClassificationPolicy.defaults();
    private static final ProvisionRates RATES = ProvisionRates.defaults();

    private static Reassessment.Before performing() {
        return new Reassessment.Before(
                0, LoanCategory.NORMAL, null, null, null, Money.cny("100000.00"));
    }

    @Test
    void daysPastDueCountFromTheOldestUnpaidInstalmentBeforeTheBusinessDate() {
        assertEquals(0, Reassessment.daysPastDue(AS_OF, null));
        assertEquals(0, Reassessment.daysPastDue(AS_OF, AS_OF), "due today is not yet past due");
        assertEquals(1, Reassessment.daysPastDue(AS_OF, AS_OF.minusDays(1)));
        assertEquals(91, Reassessment.daysPastDue(AS_OF, AS_OF.minusDays(91)));
    }

    @Test
    void ninetyOneDaysMakeALoanSubstandardADefaultProvisionedAtTwentyFivePercent() {
        Reassessment r = Reassessment.of(performing(), 91, AS_OF, POLICY, RATES, AT);
        assertEquals(LoanCategory.SUBSTANDARD, r.category());
        assertTrue(r.newDefault());
        assertEquals(AT, r.defaultedAt());
        assertEquals(new BigDecimal("25000.00"), r.specificProvision());
        assertEquals(new BigDecimal("1000.00"), r.generalProvision());
    }

    @Test
    void aLoanAlreadyInDefaultIsNotADefaultAgain() {
        Reassessment.Before defaulted =
                new Reassessment.Before(
                        95, LoanCategory.SUBSTANDARD, null, null, AT, Money.cny("100000.00"));
        Reassessment r =
                Reassessment.of(defaulted, 96, AS_OF, POLICY, RATES, AT.plusSeconds(86_400));
        assertFalse(r.newDefault());
        assertEquals(AT, r.defaultedAt());
    }

    @Test
    void clearingTheArrearsRecordsTheDateButKeepsANonPerformingCategory() {
        Reassessment.Before defaulted =
                new Reassessment.Before(
                        95, LoanCategory.SUBSTANDARD, null, null, AT, Money.cny("100000.00"));
        Reassessment r = Reassessment.of(defaulted, 0, AS_OF, POLICY, RATES, AT);
        assertEquals(AS_OF, r.arrearsClearedOn());
        assertEquals(
                LoanCategory.SUBSTANDARD,
                r.category(),
                "only an explicit cure leaves non-performing");
    }

    @Test
    void anUnchangedLoanNeedsNoWrite() {
        Reassessment.Before before = performing();
        Reassessment r = Reassessment.of(before, 0, AS_OF, POLICY, RATES, AT);
        assertNull(r.arrearsClearedOn());
        assertFalse(r.changes(before, BigDecimal.ZERO.setScale(2), new BigDecimal("1000.00")));
        assertTrue(
                Reassessment.of(before, 3, AS_OF, POLICY, RATES, AT)
                        .changes(before, BigDecimal.ZERO.setScale(2), new BigDecimal("1000.00")));
    }
}
