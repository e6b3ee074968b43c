package com.microcredit.protection.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueryMonitoringRulesTest {

    private final QueryMonitoringRules rules = new QueryMonitoringRules(30, Duration.ofMinutes(10));
    private final Instant now = Instant.parse("2026-11-28T02:00:00Z");

    @Test
    void anAccountManagerLookingAtAnotherManagersBorrowerIsOutsideTheirBook() {
        assertTrue(rules.outsideBook(7L, 8L));
        assertFalse(rules.outsideBook(7L, 7L));
    }

    @Test
    void staffWithoutABookMayLookAtAnyBorrower() {
        assertFalse(rules.outsideBook(null, 8L));
    }

    @Test
    void moreBorrowersThanTheThresholdInTheWindowRaisesAVolumeAlert() {
        assertFalse(rules.volumeAlertDue(30, null, now));
        assertTrue(rules.volumeAlertDue(31, null, now));
        assertEquals(now.minus(Duration.ofMinutes(10)), rules.windowStart(now));
    }

    @Test
    void oneVolumeAlertPerWindow() {
        assertFalse(rules.volumeAlertDue(40, now.minus(Duration.ofMinutes(3)), now));
        assertTrue(rules.volumeAlertDue(40, now.minus(Duration.ofMinutes(10)), now));
    }

    @Test
    void aThresholdBelowOneOrAnEmptyWindowIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new QueryMonitoringRules(0, Duration.ofMinutes(1)));
        assertThrows(
                IllegalArgumentException.class, () -> new QueryMonitoringRules(5, Duration.ZERO));
    }
}
