package com.microcredit.portfolio.domain.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Owner, due date, actions and escalation of a warning signal. */
class SignalLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
    private static final LocalDate D0 = LocalDate.of(2026, 11, 20);
    private static final ResponseTimes TIMES = ResponseTimes.defaults();

    private static WarningSignal signal(SignalLevel level) {
        return new WarningSignal(
                7, "L-7", "DAYS_PAST_DUE", level, "12 days past due", "nightly", T0, D0, TIMES);
    }

    @Test
    void theDueDateDependsOnTheLevelTheMoreSevereTheSooner() {
        assertEquals(D0.plusDays(30), signal(SignalLevel.GREEN).ownership().getDueOn());
        assertEquals(D0.plusDays(7), signal(SignalLevel.YELLOW).ownership().getDueOn());
        assertEquals(D0.plusDays(3), signal(SignalLevel.ORANGE).ownership().getDueOn());
        assertEquals(D0.plusDays(1), signal(SignalLevel.RED).ownership().getDueOn());
        assertEquals(OwnerRole.ACCOUNT_MANAGER, signal(SignalLevel.RED).ownership().getOwnerRole());
        assertNull(signal(SignalLevel.RED).ownership().getOwner());
    }

    @Test
    void aRisingLevelBringsTheDueDateForwardNeverBack() {
        WarningSignal s = signal(SignalLevel.YELLOW);
        s.seenAgain(SignalLevel.RED, "95 days past due", T0.plusSeconds(86_400));
        s.tightenDueDate(D0.plusDays(1), TIMES);
        assertEquals(D0.plusDays(2), s.ownership().getDueOn());
        s.tightenDueDate(D0.plusDays(5), TIMES);
        assertEquals(
                D0.plusDays(2),
                s.ownership().getDueOn(),
                "a later sighting does not push the due date back");
    }

    @Test
    void whoAcknowledgesOwnsTheSignal() {
        WarningSignal s = signal(SignalLevel.ORANGE);
        s.acknowledge("manager", T0);
        assertEquals("manager", s.ownership().getOwner());
        assertEquals("manager", s.ownership().getAcknowledgedBy());
        assertEquals(T0, s.ownership().getAcknowledgedAt());
    }

    @Test
    void anActionNeedsAnOwnerFirstAPersonAndANote() {
        WarningSignal s = signal(SignalLevel.ORANGE);
        assertThrows(
                IllegalStateException.class,
                () -> s.act(ActionKind.INSPECTION, "visit", "manager", T0, D0, D0.plusDays(1)));
        s.acknowledge("manager", T0);
        assertThrows(
                IllegalArgumentException.class,
                () -> s.act(ActionKind.INSPECTION, " ", "manager", T0, D0, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> s.act(ActionKind.INSPECTION, "visit", " ", T0, D0, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> s.act(ActionKind.INSPECTION, "visit", "manager", T0, D0, D0.minusDays(1)));
        assertEquals(SignalStatus.ACKNOWLEDGED, s.getStatus(), "a refused action changes nothing");
    }

    @Test
    void anActionRecordsWhatWhoWhenAndItsDueDate() {
        WarningSignal s = signal(SignalLevel.RED);
        s.acknowledge("manager", T0);
        SignalAction a =
                s.act(
                        ActionKind.FREEZE_UNDRAWN,
                        "froze the remaining limit",
                        "officer",
                        T0.plusSeconds(60),
                        D0,
                        D0.plusDays(1));
        assertEquals(ActionKind.FREEZE_UNDRAWN, a.getKind());
        assertEquals("officer", a.getTakenBy());
        assertEquals(T0.plusSeconds(60), a.getTakenAt());
        assertEquals(D0.plusDays(1), a.getDueOn());
        assertEquals(SignalStatus.IN_ACTION, s.getStatus());
        a.complete("officer", T0.plusSeconds(120));
        assertThrows(IllegalStateException.class, () -> a.complete("officer", T0.plusSeconds(180)));
    }

    @Test
    void aSignalIsOverdueOnlyAfterItsDueDateAndWhileNotClosed() {
        WarningSignal s = signal(SignalLevel.ORANGE);
        assertFalse(s.isOverdue(D0.plusDays(3)), "on the due date it is not yet overdue");
        assertTrue(s.isOverdue(D0.plusDays(4)));
        s.close("manager", "false alarm", T0);
        assertFalse(s.isOverdue(D0.plusDays(10)));
    }

    @Test
    void anOverdueSignalEscalatesToTheOwnersSupervisorWithANewDueDate() {
        WarningSignal s = signal(SignalLevel.RED);
        s.acknowledge("manager", T0);
        assertFalse(s.escalateIfOverdue(D0.plusDays(1), TIMES), "not overdue on its due date");
        assertTrue(s.escalateIfOverdue(D0.plusDays(2), TIMES));
        assertEquals(OwnerRole.CREDIT_OFFICER, s.ownership().getOwnerRole());
        assertNull(s.ownership().getOwner(), "the supervisor role must take it");
        assertEquals(SignalStatus.OPEN, s.getStatus());
        assertEquals(D0.plusDays(4), s.ownership().getDueOn());
        assertEquals(1, s.ownership().getEscalations());
        assertFalse(s.escalateIfOverdue(D0.plusDays(4), TIMES));
        assertTrue(s.escalateIfOverdue(D0.plusDays(5), TIMES));
        assertEquals(OwnerRole.RISK_MANAGER, s.ownership().getOwnerRole());
        assertTrue(s.escalateIfOverdue(D0.plusDays(8), TIMES));
        assertEquals(
                OwnerRole.RISK_MANAGER,
                s.ownership().getOwnerRole(),
                "the risk manager is the top of the ladder");
        assertEquals(3, s.ownership().getEscalations());
    }

    @Test
    void aSignalInActionStaysInActionWhenEscalated() {
        WarningSignal s = signal(SignalLevel.RED);
        s.acknowledge("manager", T0);
        s.act(ActionKind.COLLECTION, "call the guarantors", "manager", T0, D0, null);
        assertTrue(s.escalateIfOverdue(D0.plusDays(3), TIMES));
        assertEquals(SignalStatus.IN_ACTION, s.getStatus());
    }

    @Test
    void responseTimesMustNotGrowWithSeverity() {
        assertThrows(IllegalArgumentException.class, () -> new ResponseTimes(30, 7, 8, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new ResponseTimes(30, 7, 3, 1, 0));
    }
}
