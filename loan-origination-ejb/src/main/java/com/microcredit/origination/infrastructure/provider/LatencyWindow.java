package com.microcredit.origination.infrastructure.provider;

import java.util.Arrays;

/**
 * The latencies of a provider's last calls (a ring of {@code size} values, milliseconds), for the
 * percentiles shown in the readiness check: nearest-rank over what the ring holds.
 */
public final class LatencyWindow {

    private final long[] ring;
    private int next;
    private int count;

    public LatencyWindow(int size) {
        this.ring = new long[size];
    }

    public synchronized void add(long millis) {
        ring[next] = millis;
        next = (next + 1) % ring.length;
        count = Math.min(count + 1, ring.length);
    }

    public synchronized int count() {
        return count;
    }

    /** The p-th percentile (0 &lt; p ≤ 100) by nearest rank, or -1 when nothing was measured. */
    public synchronized long percentile(double p) {
        if (count == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(ring, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)];
    }
}
