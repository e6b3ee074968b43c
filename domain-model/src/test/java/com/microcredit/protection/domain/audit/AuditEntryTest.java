package com.microcredit.protection.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private final AuditEntry entry =
            new AuditEntry(
                    Instant.parse("2026-11-28T02:00:00Z"),
                    "auditor",
                    AuditAction.EXPORT,
                    "AUDIT_TRAIL",
                    null,
                    "x".repeat(800),
                    "10.0.0.7");

    @Test
    void anAuditEntryCannotBeChangedOrRemoved() {
        assertThrows(IllegalStateException.class, entry::refuseChange);
    }

    @Test
    void anOverlongDetailIsClippedToTheColumn() {
        assertEquals(AuditEntry.DETAIL_LENGTH, entry.getDetail().length());
    }

    @Test
    void everyEntrySaysWhoWhatAndWhen() {
        assertThrows(
                NullPointerException.class,
                () -> new AuditEntry(null, "a", AuditAction.LOGIN, null, null, null, null));
        assertThrows(
                NullPointerException.class,
                () ->
                        new AuditEntry(
                                Instant.now(), null, AuditAction.LOGIN, null, null, null, null));
        assertThrows(
                NullPointerException.class,
                () -> new AuditEntry(Instant.now(), "a", null, null, null, null, null));
    }
}
