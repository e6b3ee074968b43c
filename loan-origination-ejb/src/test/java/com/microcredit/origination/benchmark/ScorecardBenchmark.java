package com.microcredit.origination.benchmark;

import com.microcredit.origination.domain.scoring.AlternativeDataProfile;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.ExpertScorecard;
import com.microcredit.origination.domain.scoring.Observation;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import com.microcredit.origination.domain.training.CrossValidation;
import com.microcredit.origination.domain.training.DataSet;
import com.microcredit.origination.domain.training.DataSetReader;
import com.microcredit.origination.domain.training.ScorecardTrainer;
import com.microcredit.origination.domain.training.TrainingOptions;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/benchmark scorecard}: the German credit protocol (stratified 10-fold cross-validation
 * repeated 5 times, seed 20261127) for the points scorecard and, in the same run, plain one-hot
 * logistic regression and a small sensitivity grid of the scorecard's settings; then the in-process
 * scoring latency of a trained card (per applicant, from a map of raw values to score, PD and
 * reason codes) beside the expert card it replaces. Writes target/benchmarks/scorecard.md.
 */
class ScorecardBenchmark {

    private static final long SEED = TrainingOptions.DEFAULT_SEED;

    @Test
    void run() throws Exception {
        Path german =
                Path.of(
                        System.getProperty(
                                "mcrc.german", "../../shared/data/german-credit/credit-g.arff"));
        DataSet data;
        try (Reader in = Files.newBufferedReader(german, StandardCharsets.UTF_8)) {
            data = DataSetReader.read("credit-g.arff", in);
        }
        StringBuilder md = new StringBuilder();
        md.append(
                String.format(
                        Locale.ROOT,
                        "Java %s, %d processors%n%n",
                        System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors()));
        md.append(
                "| method (German credit, 1,000 applicants, 30 % bad) | folds | mean AUC | sd | min"
                        + " | max | seconds |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        row(
                md,
                "points scorecard, defaults (monotonic bins, WOE, IV ≥ 0.01, ridge 1)",
                data,
                CrossValidation.scorecard(TrainingOptions.defaults()));
        row(
                md,
                "plain logistic regression, one-hot, ridge 1e-8 (comparison)",
                data,
                new OneHotLogistic(1e-8));
        row(
                md,
                "plain logistic regression, one-hot, ridge 1 (comparison)",
                data,
                new OneHotLogistic(1.0));
        md.append("\nSensitivity of the scorecard to its settings (same folds):\n\n");
        md.append(
                "| fine classes | min bin share | min IV | ridge | mean AUC | sd |\n"
                        + "|---:|---:|---:|---:|---:|---:|\n");
        for (int fine : new int[] {10, 20}) {
            for (double minIv : new double[] {0.0, 0.01, 0.02}) {
                for (double ridge : new double[] {0.0, 1.0, 5.0}) {
                    TrainingOptions d = TrainingOptions.defaults();
                    TrainingOptions o =
                            new TrainingOptions(
                                    fine,
                                    d.minBinShare(),
                                    minIv,
                                    d.maxCorrelation(),
                                    ridge,
                                    d.scaling(),
                                    null,
                                    d.maxReasons(),
                                    SEED);
                    CrossValidation.Result r =
                            CrossValidation.run(
                                    data,
                                    "class",
                                    "bad",
                                    CrossValidation.scorecard(o),
                                    10,
                                    5,
                                    SEED);
                    md.append(
                            String.format(
                                    Locale.ROOT,
                                    "| %d | %.2f | %.2f | %.1f | %.4f | %.4f |%n",
                                    fine,
                                    d.minBinShare(),
                                    minIv,
                                    ridge,
                                    r.meanAuc(),
                                    r.sdAuc()));
                }
            }
        }
        md.append("\n").append(latency(data));
        Path out = Path.of("target/benchmarks/scorecard.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }

    private static void row(
            StringBuilder md, String name, DataSet data, CrossValidation.Method method) {
        long start = System.nanoTime();
        CrossValidation.Result r = CrossValidation.run(data, "class", "bad", method, 10, 5, SEED);
        double seconds = (System.nanoTime() - start) / 1e9;
        double min = r.aucs().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = r.aucs().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        md.append(
                String.format(
                        Locale.ROOT,
                        "| %s | %d | %.4f | %.4f | %.4f | %.4f | %.1f |%n",
                        name,
                        r.aucs().size(),
                        r.meanAuc(),
                        r.sdAuc(),
                        min,
                        max,
                        seconds));
    }

    /**
     * Per-call latency with System.nanoTime around each call, after a warm-up; the expert card as
     * comparison.
     */
    private static String latency(DataSet data) {
        PointsScorecard card =
                ScorecardTrainer.train(data, "class", "bad", TrainingOptions.defaults())
                        .scorecard();
        List<Map<String, String>> applicants = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Map<String, String> a = new HashMap<>();
            for (String c : data.columns()) {
                a.put(c, data.value(i, data.index(c)));
            }
            applicants.add(a);
        }
        List<AlternativeDataProfile> profiles = profiles(200);
        int rounds = 300;
        long sink = 0;
        for (int w = 0; w < 50; w++) {
            for (Map<String, String> a : applicants) {
                sink += card.score(a, 3).score();
            }
            for (AlternativeDataProfile p : profiles) {
                sink += ExpertScorecard.score(p).score();
            }
        }
        long[] trained = new long[rounds * applicants.size()];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (Map<String, String> a : applicants) {
                long t0 = System.nanoTime();
                sink += card.score(a, 3).score();
                trained[k++] = System.nanoTime() - t0;
            }
        }
        long[] expert = new long[rounds * profiles.size()];
        k = 0;
        for (int r = 0; r < rounds; r++) {
            for (AlternativeDataProfile p : profiles) {
                long t0 = System.nanoTime();
                sink += ExpertScorecard.score(p).score();
                expert[k++] = System.nanoTime() - t0;
            }
        }
        StringBuilder md = new StringBuilder();
        md.append(
                String.format(
                        Locale.ROOT,
                        "Scoring latency in process (%d characteristics; checksum %d):%n%n",
                        card.characteristics().size(),
                        sink % 1000));
        md.append(
                "| scorer | calls | mean µs | p50 µs | p99 µs | p99.9 µs | max µs |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|\n");
        md.append(stats("trained points card: raw values → score, PD, 3 reason codes", trained));
        md.append(stats("expert card (comparison): profile → score, PD, reason codes", expert));
        return md.toString();
    }

    private static String stats(String name, long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(ns).average().orElseThrow() / 1000.0;
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %.1f |%n",
                name,
                ns.length,
                mean,
                sorted[sorted.length / 2] / 1000.0,
                sorted[(int) (sorted.length * 0.99)] / 1000.0,
                sorted[(int) (sorted.length * 0.999)] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    private static List<AlternativeDataProfile> profiles(int n) {
        LocalDate today = LocalDate.of(2026, 11, 27);
        List<AlternativeDataProfile> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Observation> obs = new ArrayList<>();
            for (int m = 1; m <= 12 + i % 13; m++) {
                LocalDate p = today.withDayOfMonth(1).minusMonths(m);
                obs.add(new Observation(DataSource.TAX, p, "PAID", BigDecimal.valueOf(1000 + i)));
                obs.add(
                        new Observation(
                                DataSource.TAX, p, "LATE", BigDecimal.valueOf(m % 7 == 0 ? 1 : 0)));
                obs.add(
                        new Observation(
                                DataSource.ELECTRICITY,
                                p,
                                "KWH",
                                BigDecimal.valueOf(4000 - 10L * m * (i % 5))));
            }
            result.add(new AlternativeDataProfile(obs, today));
        }
        return result;
    }
}
