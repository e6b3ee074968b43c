package com.microcredit.portfolio.domain.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Monte Carlo of a pool's credit losses under the one-factor (Vasicek) model: each scenario draws
 * the state of the economy Z ~ N(0,1); given Z every loan defaults independently with probability
 * {@code p(Z) = Φ((Φ⁻¹(PD) − √ρ·Z) / √(1 − ρ))}; the scenario loss is the sum of EAD × LGD over the
 * defaulted loans. With ρ = 0 defaults are independent and the loss concentrates around PD × LGD ×
 * exposure; a larger ρ fattens the tail. Results are deterministic for a seed: the scenarios run in
 * fixed chunks, each with its own generator, in parallel.
 */
public final class VasicekLossSimulator {

    private static final int CHUNK = 1_000;
    private static final int BUCKETS = 20;
    private static final double MAX_WORK = 2e9;

    public LossTail simulate(
            List<BigDecimal> exposures,
            BigDecimal probabilityOfDefault,
            BigDecimal lossGivenDefault,
            BigDecimal assetCorrelation,
            int scenarios,
            long seed) {
        validate(exposures, probabilityOfDefault, lossGivenDefault, assetCorrelation, scenarios);
        long[] eadCents =
                exposures.stream()
                        .mapToLong(
                                e ->
                                        e.movePointRight(2)
                                                .setScale(0, RoundingMode.HALF_EVEN)
                                                .longValueExact())
                        .toArray();
        BigDecimal total =
                exposures.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .setScale(2, RoundingMode.HALF_EVEN);
        double lgd = lossGivenDefault.doubleValue();
        double rho = assetCorrelation.doubleValue();
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double threshold = normal.inverseCumulativeProbability(probabilityOfDefault.doubleValue());

        long[] lossCents = new long[scenarios];
        int chunks = (scenarios + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks)
                .parallel()
                .forEach(
                        c -> {
                            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + c);
                            int end = Math.min(scenarios, (c + 1) * CHUNK);
                            for (int s = c * CHUNK; s < end; s++) {
                                double z = random.nextGaussian();
                                double p =
                                        normal.cumulativeProbability(
                                                (threshold - Math.sqrt(rho) * z)
                                                        / Math.sqrt(1 - rho));
                                long defaulted = 0;
                                for (long ead : eadCents) {
                                    if (random.nextDouble() < p) {
                                        defaulted += ead;
                                    }
                                }
                                lossCents[s] = defaulted;
                            }
                        });
        return summarise(
                lossCents, lgd, total, probabilityOfDefault, lossGivenDefault, assetCorrelation);
    }

    private static LossTail summarise(
            long[] defaultedCents,
            double lgd,
            BigDecimal total,
            BigDecimal pd,
            BigDecimal lossGivenDefault,
            BigDecimal rho) {
        int n = defaultedCents.length;
        long[] sorted = defaultedCents.clone();
        Arrays.sort(sorted);
        BigDecimal lgdExact = lossGivenDefault;
        BigDecimal sum = BigDecimal.ZERO;
        for (long d : sorted) {
            sum = sum.add(BigDecimal.valueOf(d));
        }
        BigDecimal mean =
                loss(sum.divide(BigDecimal.valueOf(n), 6, RoundingMode.HALF_EVEN), lgdExact);
        BigDecimal max = loss(BigDecimal.valueOf(sorted[n - 1]), lgdExact);
        return new LossTail(
                total,
                mean,
                total.multiply(pd).multiply(lgdExact).setScale(2, RoundingMode.HALF_EVEN),
                loss(BigDecimal.valueOf(quantile(sorted, 0.99)), lgdExact),
                loss(BigDecimal.valueOf(quantile(sorted, 0.999)), lgdExact),
                max,
                n,
                rho,
                histogram(sorted, max, lgdExact));
    }

    /** The ceil(q × n)-th smallest value (1-based). */
    private static long quantile(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static BigDecimal loss(BigDecimal defaultedCents, BigDecimal lgd) {
        return defaultedCents.multiply(lgd).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static List<LossTail.Bucket> histogram(long[] sorted, BigDecimal max, BigDecimal lgd) {
        if (max.signum() == 0) {
            return List.of(new LossTail.Bucket(BigDecimal.ZERO.setScale(2), max, sorted.length));
        }
        BigDecimal width = max.divide(BigDecimal.valueOf(BUCKETS), 2, RoundingMode.CEILING);
        int[] counts = new int[BUCKETS];
        for (long d : sorted) {
            BigDecimal l = loss(BigDecimal.valueOf(d), lgd);
            int i = Math.min(BUCKETS - 1, l.divide(width, 0, RoundingMode.FLOOR).intValue());
            counts[i]++;
        }
        List<LossTail.Bucket> buckets = new ArrayList<>(BUCKETS);
        for (int i = 0; i < BUCKETS; i++) {
            BigDecimal from = width.multiply(BigDecimal.valueOf(i));
            BigDecimal to = i == BUCKETS - 1 ? max : width.multiply(BigDecimal.valueOf(i + 1L));
            buckets.add(new LossTail.Bucket(from, to, counts[i]));
        }
        return buckets;
    }

    private static void validate(
            List<BigDecimal> exposures,
            BigDecimal pd,
            BigDecimal lgd,
            BigDecimal rho,
            int scenarios) {
        if (exposures == null || exposures.stream().anyMatch(e -> e == null || e.signum() < 0)) {
            throw new IllegalArgumentException("Exposures must be present and not negative");
        }
        if (pd == null || pd.signum() <= 0 || pd.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(
                    "The probability of default must be strictly between 0 and 1");
        }
        if (lgd == null || lgd.signum() <= 0 || lgd.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "The loss given default must be greater than 0 and at most 1");
        }
        if (rho == null || rho.signum() < 0 || rho.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(
                    "The asset correlation must be at least 0 and below 1");
        }
        if (scenarios < 1 || scenarios > 1_000_000) {
            throw new IllegalArgumentException(
                    "Scenarios must be between 1 and 1,000,000, were " + scenarios);
        }
        if ((double) exposures.size() * scenarios > MAX_WORK) {
            throw new IllegalArgumentException(
                    "A pool of "
                            + exposures.size()
                            + " loans needs fewer than "
                            + (long) (MAX_WORK / Math.max(1, exposures.size()))
                            + " scenarios");
        }
    }
}
