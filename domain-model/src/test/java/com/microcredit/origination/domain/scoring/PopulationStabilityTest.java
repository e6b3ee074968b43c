package com.microcredit.origination.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationStabilityTest {

    @Test
    void anUnchangedPopulationHasIndexZero() {
        assertEquals(
                0,
                PopulationStability.index(new long[] {30, 50, 20}, new long[] {300, 500, 200}),
                1e-12);
    }

    @Test
    void theIndexMatchesTheHandComputation() {
        // shares 0.5/0.5 -> 0.25/0.75: (0.25 − 0.5) ln(0.5) + (0.75 − 0.5) ln(1.5) = 0.274653.
        double psi = PopulationStability.index(new long[] {50, 50}, new long[] {25, 75});
        assertEquals(-0.25 * Math.log(0.5) + 0.25 * Math.log(1.5), psi, 1e-12);
        assertTrue(psi > 0.25, "a shift this large raises the alert");
    }

    @Test
    void anEmptyBinKeepsTheIndexFinite() {
        assertTrue(
                Double.isFinite(PopulationStability.index(new long[] {10, 0}, new long[] {5, 5})));
        assertThrows(
                IllegalArgumentException.class,
                () -> PopulationStability.index(new long[] {1}, new long[] {0}));
    }

    @Test
    void aThinFileHasFewerThanTheMinimumDeepIndependentSources() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        List<Observation> obs = new ArrayList<>();
        for (int m = 1; m <= 14; m++) {
            obs.add(
                    new Observation(
                            DataSource.TAX,
                            today.withDayOfMonth(1).minusMonths(m),
                            "PAID",
                            BigDecimal.TEN));
        }
        for (int m = 1; m <= 8; m++) {
            obs.add(
                    new Observation(
                            DataSource.WATER,
                            today.withDayOfMonth(1).minusMonths(m),
                            "M3",
                            BigDecimal.TEN));
        }
        ThinFile thin = ThinFile.of(new AlternativeDataProfile(obs, today), 12, 2);
        assertEquals(14, thin.monthsOfHistory());
        assertEquals(1, thin.independentSources());
        assertTrue(thin.isThin());
        for (int m = 9; m <= 12; m++) {
            obs.add(
                    new Observation(
                            DataSource.WATER,
                            today.withDayOfMonth(1).minusMonths(m),
                            "M3",
                            BigDecimal.TEN));
        }
        assertEquals(
                2, ThinFile.of(new AlternativeDataProfile(obs, today), 12, 2).independentSources());
    }
}
