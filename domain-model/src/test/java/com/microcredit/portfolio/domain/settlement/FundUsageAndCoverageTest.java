package com.microcredit.portfolio.domain.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.portfolio.domain.warning.SignalLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundUsageAndCoverageTest {

    private final FundUsagePolicy policy = new FundUsagePolicy(List.of("J67", " k70 "));

    @Test
    void anOutgoingPaymentToAProhibitedIndustryIsFlaggedByCodePrefix() {
        assertTrue(policy.isProhibited(Direction.DEBIT, "K70"));
        assertTrue(policy.isProhibited(Direction.DEBIT, "K7010"));
        assertTrue(policy.isProhibited(Direction.DEBIT, "J6711"));
    }

    @Test
    void incomingMoneyAndOtherIndustriesAreNotFundUsageBreaches() {
        assertFalse(
                policy.isProhibited(Direction.CREDIT, "K70"),
                "money from a real-estate firm is not a diversion");
        assertFalse(policy.isProhibited(Direction.DEBIT, "F52"));
        assertFalse(
                policy.isProhibited(Direction.DEBIT, "K7"),
                "a shorter code is not the prohibited class");
        assertFalse(policy.isProhibited(Direction.DEBIT, null));
    }

    @Test
    void coverageIsCreditsOverTheTurnoverExpectedInTheWindow() {
        // 365,000 a year = 1,000 a day; 30 days expect 30,000; 12,000 credited = 40 %.
        assertEquals(
                new BigDecimal("0.4000"),
                FlowCoverage.share(new BigDecimal("12000.00"), new BigDecimal("365000.00"), 30)
                        .orElseThrow());
    }

    @Test
    void withoutAKnownTurnoverThereIsNoCoverage() {
        assertTrue(FlowCoverage.share(BigDecimal.TEN, null, 30).isEmpty());
        assertTrue(FlowCoverage.share(BigDecimal.TEN, BigDecimal.ZERO, 90).isEmpty());
    }

    @Test
    void aShareBelowTheThresholdIsAShortfallAndBelowHalfOfItAWorseOne() {
        FlowCoverage rule = new FlowCoverage(new BigDecimal("0.50"));
        assertEquals(FlowCoverage.Shortfall.NONE, rule.shortfall(new BigDecimal("0.5000")));
        assertEquals(
                FlowCoverage.Shortfall.BELOW_THRESHOLD, rule.shortfall(new BigDecimal("0.4999")));
        assertEquals(
                FlowCoverage.Shortfall.BELOW_HALF_THRESHOLD,
                rule.shortfall(new BigDecimal("0.2499")));
        assertEquals(Optional.empty(), rule.level(new BigDecimal("0.5000")));
        assertEquals(Optional.of(SignalLevel.YELLOW), rule.level(new BigDecimal("0.4999")));
        assertEquals(Optional.of(SignalLevel.ORANGE), rule.level(BigDecimal.ZERO));
    }

    @Test
    void aWindowOfNDaysEndsOnTheDayJudgedAndHoldsNDays() {
        LocalDate asOf = LocalDate.of(2026, 12, 7);
        assertEquals(LocalDate.of(2026, 11, 8), FlowCoverage.windowStart(asOf, 30));
        assertEquals(asOf, FlowCoverage.windowStart(asOf, 1));
    }
}
