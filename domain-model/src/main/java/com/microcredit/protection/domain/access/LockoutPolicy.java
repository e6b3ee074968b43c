package com.microcredit.protection.domain.access;

import java.time.Duration;
import java.util.Objects;

/**
 * A staff login is locked for {@code lockFor} after {@code maxFailures} failed sign-ins within
 * {@code window}; a successful sign-in clears the count. Locking is by login name, so a guesser
 * cannot avoid it by changing address; the lock ends by itself so that an attacker cannot keep a
 * colleague out for ever with a few wrong passwords a day.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockFor) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException(
                    "at least one failure must be allowed before a lock");
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockFor, "lock duration");
        if (window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("window and lock duration must be positive");
        }
    }
}
