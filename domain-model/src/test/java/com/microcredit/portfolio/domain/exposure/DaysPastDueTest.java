package com.microcredit.portfolio.domain.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microcredit.portfolio.domain.classification.ClassificationPolicy;
import com.microcredit.portfolio.domain.classification.LoanCategory;
import com.microcredit.portfolio.domain.classification.ProvisionRates;
import com.microcredit.shared.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The source of truth for days past due: the worse of core banking's posting and the schedule. */
class DaysPastDueTest {

    private static final LocalDate POSTED_ON = LocalDate.of(2026, 11, 30);
    private static final LocalDate RUN_ON = LocalDate.of(2026, 12, 7);

    @Test
    void aPostingSaysWhenItsArrearsBegan() {
        assertEquals(LocalDate.of(2026, 10, 31), DaysPastDue.overdueSince(30, POSTED_ON));
        assertNull(DaysPastDue.overdueSince(0, POSTED_ON), "a posting of 0 clears the arrears");
        assertThrows(IllegalArgumentException.class, () -> DaysPastDue.overdueSince(-1, POSTED_ON));
    }

    @Test
    void aRunWithoutAScheduleKeepsThePostedArrearsAndAgesThem() {
        LocalDate since = DaysPastDue.overdueSince(95, POSTED_ON);
        int days = DaysPastDue.asOf(RUN_ON, null, since);
        assertEquals(102, days, "95 days posted a week before the run");
        assertEquals(
                LoanCategory.SUBSTANDARD,
                ClassificationPolicy.defaults().reclassify(LoanCategory.SUBSTANDARD, days, null),
                "still non-performing: the run did not erase what it cannot see");
    }

    @Test
    void theWorseOfTheTwoSourcesCounts() {
        LocalDate posted = DaysPastDue.overdueSince(10, POSTED_ON); // 2026-11-20
        LocalDate unpaid = LocalDate.of(2026, 11, 1);
        assertEquals(36, DaysPastDue.asOf(RUN_ON, unpaid, posted), "the schedule is worse");
        assertEquals(17, DaysPastDue.asOf(RUN_ON, RUN_ON.minusDays(3), posted), "posting worse");
        assertEquals(3, DaysPastDue.asOf(RUN_ON, RUN_ON.minusDays(3), null), "nothing posted");
        assertEquals(0, DaysPastDue.asOf(RUN_ON, null, null), "neither source has arrears");
        assertEquals(0, DaysPastDue.asOf(RUN_ON, RUN_ON, null), "due today is not yet past due");
    }

    @Test
    void aPostedLoanIsClassifiedByThePostingAndARefusedPostingChangesNothing() {
        ProvisionRates rates = ProvisionRates.defaults();
        ClassificationPolicy policy = ClassificationPolicy.defaults();
        LoanExposure loan =
                new LoanExposure(
                        "L-POSTED",
                        new ExposureProfile(
                                7,
                                null,
                                null,
                                "F52",
                                "330106",
                                "MICRO",
                                "BIG_DATA",
                                "HZ-001",
                                2L,
                                false),
                        Money.cny("1000.00"),
                        rates,
                        Instant.EPOCH);
        loan.recordPostedDaysPastDue(95, POSTED_ON, policy, rates, Instant.EPOCH);
        assertEquals(95, loan.getDaysPastDue());
        assertEquals(LoanCategory.SUBSTANDARD, loan.getCategory());
        assertThrows(
                IllegalArgumentException.class,
                () -> loan.recordPostedDaysPastDue(-5, POSTED_ON, policy, rates, Instant.EPOCH));
        assertEquals(95, loan.getDaysPastDue());
    }
}
