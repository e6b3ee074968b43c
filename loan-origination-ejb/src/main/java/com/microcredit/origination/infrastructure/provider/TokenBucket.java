package com.microcredit.origination.infrastructure.provider;

import java.util.function.LongSupplier;

/**
 * A provider's request rate on this server: a bucket of {@code burst} tokens refilled at {@code
 * ratePerSecond}; a call takes one token or is refused at once (never waits: a decision does not
 * queue behind a provider's rate). With several servers each has its own bucket, so the rate a
 * provider sees is the sum: set it per server (docs/providers.md).
 */
public final class TokenBucket {

    private final LongSupplier nanoClock;
    private double ratePerSecond;
    private int burst;
    private double tokens;
    private long refilledAt;

    public TokenBucket(double ratePerSecond, int burst, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = nanoClock.getAsLong();
    }

    /** Takes a token if one is there, at the rate and burst now configured. */
    public synchronized boolean tryAcquire(double ratePerSecond, int burst) {
        refill();
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        tokens = Math.min(tokens, burst);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * ratePerSecond);
        refilledAt = now;
    }
}
