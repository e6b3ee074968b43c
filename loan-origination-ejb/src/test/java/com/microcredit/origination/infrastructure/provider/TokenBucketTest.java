package com.microcredit.origination.infrastructure.provider;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void aBurstIsAllowedThenCallsAreRefusedAtOnce() {
        TokenBucket b = new TokenBucket(10, 3, nanos::get);
        assertTrue(b.tryAcquire(10, 3));
        assertTrue(b.tryAcquire(10, 3));
        assertTrue(b.tryAcquire(10, 3));
        assertFalse(b.tryAcquire(10, 3));
    }

    @Test
    void tokensComeBackAtTheRate() {
        TokenBucket b = new TokenBucket(10, 1, nanos::get);
        assertTrue(b.tryAcquire(10, 1));
        nanos.addAndGet(50_000_000L); // 50 ms: half a token at 10/s
        assertFalse(b.tryAcquire(10, 1));
        nanos.addAndGet(50_000_000L);
        assertTrue(b.tryAcquire(10, 1));
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheBurst() {
        TokenBucket b = new TokenBucket(100, 2, nanos::get);
        nanos.addAndGet(60_000_000_000L);
        assertTrue(b.tryAcquire(100, 2));
        assertTrue(b.tryAcquire(100, 2));
        assertFalse(b.tryAcquire(100, 2));
    }

    @Test
    void aLoweredRateAppliesToTheNextCall() {
        TokenBucket b = new TokenBucket(100, 100, nanos::get);
        assertTrue(b.tryAcquire(1, 1), "the burst shrinks to 1, one token left");
        assertFalse(b.tryAcquire(1, 1));
        nanos.addAndGet(1_000_000_000L);
        assertTrue(b.tryAcquire(1, 1));
    }
}
