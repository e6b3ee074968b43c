package com.microcredit.origination.infrastructure.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatencyWindowTest {

    @Test
    void percentilesAreNearestRankOverTheLastCalls() {
        LatencyWindow w = new LatencyWindow(100);
        for (int i = 1; i <= 100; i++) {
            w.add(i);
        }
        assertEquals(50, w.percentile(50));
        assertEquals(95, w.percentile(95));
        assertEquals(99, w.percentile(99));
        assertEquals(100, w.percentile(100));
    }

    @Test
    void onlyTheLastCallsCount() {
        LatencyWindow w = new LatencyWindow(10);
        for (int i = 0; i < 10; i++) {
            w.add(1000);
        }
        for (int i = 0; i < 10; i++) {
            w.add(20);
        }
        assertEquals(20, w.percentile(99));
        assertEquals(10, w.count());
    }

    @Test
    void nothingMeasuredIsMinusOne() {
        assertEquals(-1, new LatencyWindow(10).percentile(50));
    }
}
