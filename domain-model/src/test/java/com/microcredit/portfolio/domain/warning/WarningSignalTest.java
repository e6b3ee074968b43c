package com.microcredit.portfolio.domain.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WarningSignalTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
    private static final java.time.LocalDate D0 = java.time.LocalDate.of(2026, 11, 20);

    private static WarningSignal coverage(SignalLevel level) {
        return new WarningSignal(
                42,
                "L-1",
                "SETTLEMENT_COVERAGE_30D",
                level,
                "coverage 38 % < 60 %",
                "reconciliation",
                T0);
    }

    @Test
    void aNewSignalIsOpenAndKeyedByBorrowerLoanAndIndicator() {
        WarningSignal s = coverage(SignalLevel.YELLOW);
        assertEquals(SignalStatus.OPEN, s.getStatus());
        assertEquals("42|L-1|SETTLEMENT_COVERAGE_30D", s.getOpenKey());
        assertEquals("42||HUB_DISTRESS", WarningSignal.openKey(42, null, "HUB_DISTRESS"));
        assertEquals(1, s.getSightings());
    }

    @Test
    void aRepeatedSightingKeepsTheLatestEvidenceAndTheLevelOnlyRises() {
        WarningSignal s = coverage(SignalLevel.ORANGE);
        assertFalse(s.seenAgain(SignalLevel.YELLOW, "coverage 55 % < 60 %", T0.plusSeconds(60)));
        assertEquals(
                SignalLevel.ORANGE, s.getLevel(), "a milder sighting does not lower the level");
        assertEquals("coverage 55 % < 60 %", s.getEvidence());
        assertTrue(s.seenAgain(SignalLevel.RED, "coverage 10 % < 60 %", T0.plusSeconds(120)));
        assertEquals(SignalLevel.RED, s.getLevel());
        assertEquals(3, s.getSightings());
        assertEquals(T0.plusSeconds(120), s.getLastSeenAt());
        assertEquals(T0, s.getRaisedAt());
    }

    @Test
    void closingFreesTheKeySoALaterSightingOpensANewSignal() {
        WarningSignal s = coverage(SignalLevel.YELLOW);
        s.close("officer", "turnover moved back to our account", T0.plusSeconds(3600));
        assertEquals(SignalStatus.CLOSED, s.getStatus());
        assertNull(s.getOpenKey());
        assertThrows(IllegalStateException.class, () -> s.seenAgain(SignalLevel.RED, "again", T0));
        assertThrows(IllegalStateException.class, () -> s.close("officer", "twice", T0));
    }

    @Test
    void closingNeedsAPersonAndANote() {
        WarningSignal s = coverage(SignalLevel.YELLOW);
        assertThrows(IllegalArgumentException.class, () -> s.close("officer", " ", T0));
        assertThrows(IllegalArgumentException.class, () -> s.close(null, "fine", T0));
        assertEquals(SignalStatus.OPEN, s.getStatus());
    }

    @Test
    void aSignalMovesForwardOnlyOpenAcknowledgedInActionClosed() {
        WarningSignal s = coverage(SignalLevel.YELLOW);
        s.acknowledge("manager", T0.plusSeconds(60));
        assertEquals(SignalStatus.ACKNOWLEDGED, s.getStatus());
        s.act(
                ActionKind.INSPECTION,
                "visit the shop",
                "manager",
                T0.plusSeconds(120),
                D0,
                D0.plusDays(2));
        assertEquals(SignalStatus.IN_ACTION, s.getStatus());
        assertThrows(
                IllegalStateException.class, () -> s.acknowledge("manager", T0.plusSeconds(180)));
        s.close("manager", "inspected, turnover back", T0.plusSeconds(240));
        assertThrows(
                IllegalStateException.class,
                () ->
                        s.act(
                                ActionKind.COLLECTION,
                                "too late",
                                "manager",
                                T0.plusSeconds(300),
                                D0,
                                null));
    }

    @Test
    void aSignalNeedsABorrowerARuleNameEvidenceAndASource() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new WarningSignal(
                                0,
                                null,
                                "HUB_DISTRESS",
                                SignalLevel.RED,
                                "hub distressed",
                                "hubs",
                                T0));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new WarningSignal(
                                1,
                                null,
                                "hub distress",
                                SignalLevel.RED,
                                "hub distressed",
                                "hubs",
                                T0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new WarningSignal(1, null, "HUB_DISTRESS", SignalLevel.RED, " ", "hubs", T0));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new WarningSignal(
                                1,
                                null,
                                "HUB_DISTRESS",
                                SignalLevel.RED,
                                "hub distressed",
                                "",
                                T0));
    }

    @Test
    void overlongEvidenceIsCutToTheColumn() {
        WarningSignal s = coverage(SignalLevel.YELLOW);
        s.seenAgain(SignalLevel.YELLOW, "x".repeat(5000), T0);
        assertEquals(WarningSignal.EVIDENCE_LENGTH, s.getEvidence().length());
    }
}
