package com.microcredit.shared.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxTest {

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

    @Test
    void theRelayWakesAtOnceAfterACommitRangAndWaitsOutItsPollOtherwise() throws Exception {
        Outbox.awaitRing(0); // clears a ring left by another test
        Outbox.ring();
        long t0 = System.nanoTime();
        assertTrue(Outbox.awaitRing(5_000), "it tells that a commit rang");
        assertTrue(
                System.nanoTime() - t0 < 2_000_000_000L, "a ring before the wait ends it at once");

        t0 = System.nanoTime();
        assertFalse(Outbox.awaitRing(200), "it tells that no commit rang");
        assertTrue(System.nanoTime() - t0 >= 150_000_000L, "without a ring it waits out the poll");

        Thread ringer =
                new Thread(
                        () -> {
                            try {
                                Thread.sleep(100);
                            } catch (InterruptedException e) {
                                return;
                            }
                            Outbox.ring();
                        });
        t0 = System.nanoTime();
        ringer.start();
        Outbox.awaitRing(10_000);
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "a ring during the wait ends it");
        ringer.join();
    }
}
