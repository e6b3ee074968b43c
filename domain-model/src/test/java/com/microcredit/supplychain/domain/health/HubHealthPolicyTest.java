package com.microcredit.supplychain.domain.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.shared.domain.CodedText;
import com.microcredit.supplychain.domain.hub.HubStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubHealthPolicyTest {

    private final HubHealthPolicy policy = HubHealthPolicy.defaults();

    @Test
    void aHubWithinEveryThresholdIsNormal() {
        HealthAssessment a = policy.assess(indicators("0.0999", "-0.0999", 0, 0));
        assertEquals(HubStatus.NORMAL, a.status());
        assertTrue(a.findings().isEmpty());
    }

    @Test
    void eachIndicatorAtItsWatchThresholdPutsTheHubOnWatch() {
        assertEquals(HubStatus.WATCH, policy.assess(indicators("0.10", "0", 0, 0)).status());
        assertEquals(HubStatus.WATCH, policy.assess(indicators("0", "-0.10", 0, 0)).status());
        assertEquals(HubStatus.WATCH, policy.assess(indicators("0", "0", 1, 0)).status());
        assertEquals(HubStatus.WATCH, policy.assess(indicators("0", "0", 0, 1)).status());
    }

    @Test
    void eachIndicatorAtItsDistressThresholdMakesTheHubDistressed() {
        assertEquals(HubStatus.DISTRESSED, policy.assess(indicators("0.30", "0", 0, 0)).status());
        assertEquals(HubStatus.DISTRESSED, policy.assess(indicators("0", "-0.30", 0, 0)).status());
        assertEquals(HubStatus.DISTRESSED, policy.assess(indicators("0", "0", 3, 0)).status());
        assertEquals(HubStatus.DISTRESSED, policy.assess(indicators("0", "0", 0, 2)).status());
    }

    @Test
    void theWorstIndicatorDecidesAndEveryFindingIsNamed() {
        HealthAssessment a = policy.assess(indicators("0.12", "0.05", 0, 2));
        assertEquals(HubStatus.DISTRESSED, a.status());
        assertEquals(2, a.findings().size());
        assertEquals(
                List.of(
                        CodedText.of(
                                HubHealthPolicy.SHARE_AT_OR_ABOVE, "LATE_PAYMENTS", "0.12", "0.1"),
                        CodedText.of(HubHealthPolicy.COUNT_AT_OR_ABOVE, "COURT_EVENTS", 2, 2)),
                a.findings());
        assertEquals(a.findings(), CodedText.parseList(a.reason(500)));
    }

    @Test
    void growingRevenueIsNoFinding() {
        assertEquals(HubStatus.NORMAL, policy.assess(indicators("0", "0.40", 0, 0)).status());
    }

    @Test
    void indicatorsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> indicators("1.01", "0", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> indicators("-0.01", "0", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> indicators("0", "-1.01", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> indicators("0", "0", -1, 0));
    }

    @Test
    void aWatchThresholdMustBeMilderThanItsDistressThreshold() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new HubHealthPolicy(
                                new BigDecimal("0.40"),
                                new BigDecimal("0.30"),
                                new BigDecimal("-0.10"),
                                new BigDecimal("-0.30"),
                                1,
                                3,
                                1,
                                2));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new HubHealthPolicy(
                                new BigDecimal("0.10"),
                                new BigDecimal("0.30"),
                                new BigDecimal("-0.40"),
                                new BigDecimal("-0.30"),
                                1,
                                3,
                                1,
                                2));
    }

    static HubIndicators indicators(String late, String revenue, int bureau, int court) {
        return new HubIndicators(
                LocalDate.of(2026, 11, 20),
                new BigDecimal(late),
                new BigDecimal(revenue),
                bureau,
                court);
    }
}
