package com.microcredit.protection.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecurityAlertTest {

    private final Instant now = Instant.parse("2026-11-28T02:00:00Z");

    private SecurityAlert alert() {
        return new SecurityAlert(
                now, AlertKind.OUTSIDE_BOOK, "manager2", 1001L, "looked up borrower 1001");
    }

    @Test
    void aRiskManagerAcknowledgesAnAlertWithWhatTheReviewFound() {
        SecurityAlert a = alert();
        a.acknowledge("risk", "covering for a colleague on leave", now.plusSeconds(60));
        assertEquals(AlertStatus.ACKNOWLEDGED, a.getStatus());
        assertEquals("risk", a.getAcknowledgedBy());
        assertThrows(IllegalStateException.class, () -> a.acknowledge("risk2", "again", now));
    }

    @Test
    void nobodyAcknowledgesAnAlertAboutThemselves() {
        assertThrows(
                IllegalStateException.class,
                () -> alert().acknowledge("manager2", "it was me, fine", now));
    }

    @Test
    void anAcknowledgementNeedsANote() {
        assertThrows(IllegalArgumentException.class, () -> alert().acknowledge("risk", " ", now));
    }
}
