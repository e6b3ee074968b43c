package com.microcredit.platform.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutboxBellTest {

    @Test
    void theRelayWakesAtOnceAfterACommitRangAndWaitsOutItsPollOtherwise() throws Exception {
        OutboxBell bell = new OutboxBell();
        bell.ring();
        long t0 = System.nanoTime();
        assertTrue(bell.awaitRing(5_000), "it tells that a commit rang");
        assertTrue(
                System.nanoTime() - t0 < 2_000_000_000L, "a ring before the wait ends it at once");

        t0 = System.nanoTime();
        assertFalse(bell.awaitRing(200), "it tells that no commit rang");
        assertTrue(System.nanoTime() - t0 >= 150_000_000L, "without a ring it waits out the poll");

        Thread ringer =
                new Thread(
                        () -> {
                            try {
                                Thread.sleep(100);
                            } catch (InterruptedException e) {
                                return;
                            }
                            bell.ring();
                        });
        t0 = System.nanoTime();
        ringer.start();
        bell.awaitRing(10_000);
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "a ring during the wait ends it");
        ringer.join();
    }
}
