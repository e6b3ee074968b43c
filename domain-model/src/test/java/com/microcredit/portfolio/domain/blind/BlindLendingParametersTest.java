package com.microcredit.portfolio.domain.blind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BlindLendingParametersTest {

    private static BlindLendingParameters params(String assets, String l, String pd, String lgd) {
        return new BlindLendingParameters(
                Money.cny(assets),
                new BigDecimal(l),
                new BigDecimal(pd),
                new BigDecimal(lgd),
                1000,
                new BigDecimal("0.02"),
                100);
    }

    @Test
    void workedExampleHundredBillionGivesCeilingOfThreePointThreeThreeBillion() {
        BlindLendingParameters p = params("100000000000.00", "0.01", "0.30", "1.00");
        assertEquals(Money.cny("3333333333.33"), p.ceiling());
        assertEquals(Money.cny("1000000000.00"), p.toleratedLoss());
        // Lending 3 bn at the assumed default rate loses 0.9 bn = 0.9 % of assets.
        assertEquals(Money.cny("900000000.00"), p.expectedLossAt(Money.cny("3000000000.00")));
    }

    @Test
    void theSourceTextsTenBillionGivesThreeHundredThirtyThreeMillionNotThreePointThreeBillion() {
        assertEquals(
                Money.cny("333333333.33"),
                params("10000000000.00", "0.01", "0.30", "1.00").ceiling());
    }

    @Test
    void ceilingOnOtherParameterSets() {
        assertEquals(
                Money.cny("1666666666.66"),
                params("50000000000.00", "0.01", "0.30", "1.00").ceiling());
        assertEquals(
                Money.cny("444444444.44"),
                params("10000000000.00", "0.02", "0.45", "1.00").ceiling());
        assertEquals(
                Money.cny("740740740.74"),
                params("10000000000.00", "0.01", "0.30", "0.45").ceiling());
        assertEquals(
                Money.cny("5000000.00"), params("100000000.00", "0.01", "0.20", "1.00").ceiling());
    }

    @Test
    void ceilingAndCapAreRoundedDownSoRoundingNeverRelaxesThem() {
        BlindLendingParameters p = params("1000.00", "0.01", "0.30", "1.00");
        assertEquals(Money.cny("33.33"), p.ceiling(), "33.333... rounds down");
        BlindLendingParameters q = params("2000.00", "0.01", "0.30", "1.00");
        assertEquals(Money.cny("66.66"), q.ceiling(), "66.666... rounds down, not up to 66.67");
    }

    @Test
    void singleLoanCapIsTheCeilingOverTheDivisor() {
        assertEquals(
                Money.cny("333333.33"),
                params("10000000000.00", "0.01", "0.30", "1.00").singleLoanCap());
    }

    @Test
    void invalidParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> params("0.00", "0.01", "0.30", "1.00"));
        assertThrows(IllegalArgumentException.class, () -> params("100.00", "0", "0.30", "1.00"));
        assertThrows(IllegalArgumentException.class, () -> params("100.00", "0.01", "1.2", "1.00"));
        assertThrows(IllegalArgumentException.class, () -> params("100.00", "0.01", "0.30", "0"));
    }

    @Test
    void stopRuleNeedsTheMinimumSampleAndARateAboveAssumptionPlusTolerance() {
        BlindLendingParameters p = params("10000000000.00", "0.01", "0.30", "1.00");
        assertFalse(p.defaultRateBreached(99, 99), "below the minimum sample");
        assertFalse(p.defaultRateBreached(100, 32), "32 % is within 30 % + 2 %");
        assertTrue(p.defaultRateBreached(100, 33), "33 % exceeds 32 %");
    }

    @Test
    void aBreachSuspendsTheProgrammeAndOnlyARecalibrationReopensIt() {
        BlindLendingProgramme programme =
                new BlindLendingProgramme(
                        params("10000000000.00", "0.01", "0.30", "1.00"), "config", Instant.EPOCH);
        assertFalse(programme.reviewDefaultRate(200, 60, Instant.EPOCH));
        assertTrue(programme.reviewDefaultRate(200, 70, Instant.EPOCH));
        assertEquals(ProgrammeStatus.SUSPENDED, programme.getStatus());
        assertThrows(
                ProgrammeClosedException.class, () -> programme.checkAdmits(Money.cny("100.00")));

        programme.recalibrate(
                params("10000000000.00", "0.01", "0.40", "1.00"),
                "risk2",
                Instant.EPOCH.plusSeconds(1));
        assertEquals(ProgrammeStatus.OPEN, programme.getStatus());
        programme.checkAdmits(Money.cny("100.00"));
    }

    @Test
    void aLoanAboveTheSingleLoanCapIsRefused() {
        BlindLendingProgramme programme =
                new BlindLendingProgramme(
                        params("10000000000.00", "0.01", "0.30", "1.00"), "config", Instant.EPOCH);
        programme.checkAdmits(Money.cny("333333.33"));
        assertThrows(
                ProgrammeClosedException.class,
                () -> programme.checkAdmits(Money.cny("333333.34")));
    }
}
