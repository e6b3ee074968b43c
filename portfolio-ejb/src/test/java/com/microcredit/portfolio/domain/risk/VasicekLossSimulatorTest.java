package com.microcredit.portfolio.domain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class VasicekLossSimulatorTest {

    private static final BigDecimal PD = new BigDecimal("0.05");
    private static final BigDecimal LGD = new BigDecimal("0.60");
    private final VasicekLossSimulator simulator = new VasicekLossSimulator();

    private static List<BigDecimal> varyingPool(int n) {
        List<BigDecimal> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pool.add(BigDecimal.valueOf(10_000L + (i * 7_919L) % 90_000L).setScale(2));
        }
        return pool;
    }

    private static double relativeError(BigDecimal actual, BigDecimal expected) {
        return actual.subtract(expected).abs().doubleValue() / expected.doubleValue();
    }

    @Test
    void withZeroCorrelationTheMeanConvergesToPdTimesLgdTimesExposure() {
        List<BigDecimal> pool = varyingPool(2_000);
        LossTail tail = simulator.simulate(pool, PD, LGD, BigDecimal.ZERO, 20_000, 7);
        BigDecimal total = pool.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(total.multiply(PD).multiply(LGD).setScale(2), tail.analyticExpectedLoss());
        assertTrue(
                relativeError(tail.expectedLoss(), tail.analyticExpectedLoss()) < 0.02,
                tail.expectedLoss() + " vs " + tail.analyticExpectedLoss());
    }

    @Test
    void correlationKeepsTheMeanButFattensTheTail() {
        List<BigDecimal> pool = varyingPool(1_000);
        LossTail independent = simulator.simulate(pool, PD, LGD, BigDecimal.ZERO, 20_000, 11);
        LossTail mild = simulator.simulate(pool, PD, LGD, new BigDecimal("0.12"), 20_000, 11);
        LossTail strong = simulator.simulate(pool, PD, LGD, new BigDecimal("0.24"), 20_000, 11);
        assertTrue(relativeError(strong.expectedLoss(), strong.analyticExpectedLoss()) < 0.05);
        assertTrue(
                mild.quantile999()
                                .compareTo(
                                        independent.quantile999().multiply(BigDecimal.valueOf(2)))
                        > 0,
                mild.quantile999() + " vs " + independent.quantile999());
        assertTrue(strong.quantile999().compareTo(mild.quantile999()) > 0);
    }

    @Test
    void withZeroCorrelationIdenticalLoansFollowTheBinomialTail() {
        int n = 1_000;
        List<BigDecimal> pool = Collections.nCopies(n, new BigDecimal("1000.00"));
        LossTail tail = simulator.simulate(pool, PD, LGD, BigDecimal.ZERO, 50_000, 3);
        BinomialDistribution defaults = new BinomialDistribution(null, n, PD.doubleValue());
        double perDefault = 1000 * LGD.doubleValue();
        double q999 = defaults.inverseCumulativeProbability(0.999) * perDefault;
        assertTrue(
                Math.abs(tail.quantile999().doubleValue() - q999) <= 3 * perDefault,
                tail.quantile999() + " vs binomial " + q999);
        double q99 = defaults.inverseCumulativeProbability(0.99) * perDefault;
        assertTrue(Math.abs(tail.quantile99().doubleValue() - q99) <= 2 * perDefault);
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        List<BigDecimal> pool = varyingPool(300);
        LossTail a = simulator.simulate(pool, PD, LGD, new BigDecimal("0.1"), 5_000, 42);
        assertEquals(a, simulator.simulate(pool, PD, LGD, new BigDecimal("0.1"), 5_000, 42));
        assertNotEquals(
                a.expectedLoss(),
                simulator.simulate(pool, PD, LGD, new BigDecimal("0.1"), 5_000, 43).expectedLoss());
    }

    @Test
    void figuresAreOrderedAndTheHistogramCountsEveryScenario() {
        List<BigDecimal> pool = varyingPool(500);
        LossTail t = simulator.simulate(pool, PD, LGD, new BigDecimal("0.15"), 10_000, 5);
        BigDecimal worst = pool.stream().reduce(BigDecimal.ZERO, BigDecimal::add).multiply(LGD);
        assertTrue(t.expectedLoss().compareTo(t.quantile99()) <= 0);
        assertTrue(t.quantile99().compareTo(t.quantile999()) <= 0);
        assertTrue(t.quantile999().compareTo(t.maximumLoss()) <= 0);
        assertTrue(t.maximumLoss().compareTo(worst) <= 0);
        assertEquals(10_000, t.histogram().stream().mapToInt(LossTail.Bucket::scenarios).sum());
        assertEquals(20, t.histogram().size());
    }

    @Test
    void anEmptyPoolLosesNothing() {
        LossTail t = simulator.simulate(List.of(), PD, LGD, BigDecimal.ZERO, 1_000, 1);
        assertEquals(0, t.expectedLoss().signum());
        assertEquals(0, t.quantile999().signum());
        assertTrue(t.withinTolerance(BigDecimal.ZERO));
    }

    @Test
    void invalidInputsAreRefused() {
        List<BigDecimal> pool = varyingPool(10);
        assertThrows(
                IllegalArgumentException.class,
                () -> simulator.simulate(pool, BigDecimal.ZERO, LGD, BigDecimal.ZERO, 1_000, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> simulator.simulate(pool, BigDecimal.ONE, LGD, BigDecimal.ZERO, 1_000, 1));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        simulator.simulate(
                                List.of(new BigDecimal("-1")), PD, LGD, BigDecimal.ZERO, 1_000, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> simulator.simulate(pool, PD, LGD, BigDecimal.ONE, 1_000, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> simulator.simulate(pool, PD, LGD, BigDecimal.ZERO, 0, 1));
    }
}
