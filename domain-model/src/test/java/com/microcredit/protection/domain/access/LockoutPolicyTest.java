package com.microcredit.protection.domain.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy =
            new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final Instant t0 = Instant.parse("2026-11-28T01:00:00Z");

    @Test
    void theFifthFailureWithinTheWindowLocksTheLogin() {
        StaffLoginState s = new StaffLoginState("staff");
        for (int i = 0; i < 4; i++) {
            assertFalse(s.recordFailure(t0.plusSeconds(i * 60L), policy));
        }
        assertFalse(s.lockedAt(t0.plusSeconds(240)));
        assertTrue(s.recordFailure(t0.plusSeconds(300), policy));
        assertTrue(s.lockedAt(t0.plusSeconds(301)));
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        StaffLoginState s = new StaffLoginState("staff");
        for (int i = 0; i < 10; i++) {
            assertFalse(
                    s.recordFailure(t0.plus(Duration.ofMinutes(5L * i)), policy), "failure " + i);
        }
    }

    @Test
    void aLockEndsByItselfAfterTheLockDuration() {
        StaffLoginState s = new StaffLoginState("staff");
        for (int i = 0; i < 5; i++) {
            s.recordFailure(t0, policy);
        }
        assertTrue(s.lockedAt(t0.plus(Duration.ofMinutes(14))));
        assertFalse(s.lockedAt(t0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        StaffLoginState s = new StaffLoginState("staff");
        for (int i = 0; i < 4; i++) {
            s.recordFailure(t0, policy);
        }
        s.recordSuccess(t0.plusSeconds(10));
        assertFalse(s.recordFailure(t0.plusSeconds(20), policy));
        assertFalse(s.lockedAt(t0.plusSeconds(21)));
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        StaffLoginState s = new StaffLoginState("staff");
        for (int i = 0; i < 5; i++) {
            s.recordFailure(t0, policy);
        }
        assertFalse(s.recordFailure(t0.plus(Duration.ofMinutes(10)), policy));
        assertFalse(s.lockedAt(t0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aPolicyWithoutAnyAllowedFailureIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new LockoutPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new LockoutPolicy(3, Duration.ZERO, Duration.ofMinutes(1)));
    }
}
