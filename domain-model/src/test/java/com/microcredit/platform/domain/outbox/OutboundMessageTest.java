package com.microcredit.platform.domain.outbox;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void aMessageNeedsADestinationATypeAKeyABodyAndAVersion() {
        new OutboundMessage("jms/mcrc/Events", "ApplicationDecided", "LA1:APPROVED", 1, "{}", NOW);
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutboundMessage(" ", "T", "K", 1, "{}", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutboundMessage("q", null, "K", 1, "{}", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutboundMessage("q", "T", "", 1, "{}", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutboundMessage("q", "T", "K", 0, "{}", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutboundMessage("q", "T", "K", 1, "", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutboundMessage("q", "T", "K".repeat(201), 1, "{}", NOW));
        assertThrows(
                NullPointerException.class,
                () -> new OutboundMessage("q", "T", "K", 1, "{}", null));
    }
}
