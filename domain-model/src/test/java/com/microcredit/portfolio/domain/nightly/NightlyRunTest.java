package com.microcredit.portfolio.domain.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NightlyRunTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private static final Instant AT = Instant.parse("2026-11-27T18:30:00Z");

    @Test
    void aScheduledRunIsKeyedByItsBusinessDateSoThereIsOnePerDay() {
        assertEquals(
                "2026-11-28",
                new NightlyRun(DAY, RunTrigger.SCHEDULE, "timer", 10, AT).getScheduleKey());
        assertNull(
                new NightlyRun(DAY, RunTrigger.MANUAL, "risk", 10, AT).getScheduleKey(),
                "a risk manager may run the book again the same day");
    }

    @Test
    void onlyAFailedOrStoppedRunIsRestartedAndItStaysOnItsJobInstance() {
        NightlyRun run = new NightlyRun(DAY, RunTrigger.MANUAL, "risk", 10, AT);
        run.executing(5, 50);
        assertThrows(IllegalStateException.class, run::requireRestartable);
        run.ended(RunStatus.FAILED, "database gone", AT.plusSeconds(30));
        run.requireRestartable();
        run.executing(5, 51);
        run.executing(5, 51);
        assertEquals(2, run.getExecutions(), "the same execution recorded twice counts once");
        assertEquals(RunStatus.STARTED, run.getStatus());
        assertNull(run.getFailure());
        assertThrows(IllegalStateException.class, () -> run.executing(6, 52));
        run.ended(RunStatus.COMPLETED, null, AT.plusSeconds(60));
        assertThrows(IllegalStateException.class, run::requireRestartable);
    }

    @Test
    void aFailedRunKeepsTheFirstErrorItMetAndACompletedRunNone() {
        NightlyRun run = new NightlyRun(DAY, RunTrigger.MANUAL, "risk", 10, AT);
        run.executing(5, 50);
        run.noteFailure("Unknown currency ZZZ on loan L-7");
        run.noteFailure("a later error");
        run.ended(RunStatus.FAILED, null, AT.plusSeconds(5));
        assertEquals("Unknown currency ZZZ on loan L-7", run.getFailure());
        run.executing(5, 51);
        run.ended(RunStatus.COMPLETED, null, AT.plusSeconds(9));
        assertNull(run.getFailure());
    }
}
