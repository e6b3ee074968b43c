package com.microcredit.portfolio.domain.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A same-key conflict (ADR 0025) is closed by a person only; other breaks by a run as before. */
class ConflictBreakTest {

    private static ReconciliationBreak open(BreakKind kind) {
        return new ReconciliationBreak(
                "6222020200112233",
                LocalDate.of(2026, 11, 20),
                "CNY",
                new Reconciliation.Finding(
                        kind,
                        "CB-1",
                        new BigDecimal("301.00"),
                        new BigDecimal("300.00"),
                        new BigDecimal("1.00"),
                        "CONFLICTING_CONTENT|amount|SettlementTransaction"),
                Instant.EPOCH,
                v -> "h:" + v);
    }

    @Test
    void aRunNeitherClearsNorSupersedesAConflict() {
        ReconciliationBreak conflict = open(BreakKind.CONFLICT);
        conflict.close(BreakStatus.CLEARED, Instant.EPOCH);
        conflict.close(BreakStatus.SUPERSEDED, Instant.EPOCH);
        assertEquals(BreakStatus.OPEN, conflict.getStatus());
        conflict.resolve("risk", "core banking confirmed 300.00", Instant.EPOCH);
        assertEquals(BreakStatus.RESOLVED, conflict.getStatus());
    }

    @Test
    void aRunStillClearsTheBreaksItFinds() {
        ReconciliationBreak missing = open(BreakKind.MISSING);
        missing.close(BreakStatus.CLEARED, Instant.EPOCH);
        assertEquals(BreakStatus.CLEARED, missing.getStatus());
    }
}
