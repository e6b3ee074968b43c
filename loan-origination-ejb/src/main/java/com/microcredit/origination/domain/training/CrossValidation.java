package com.microcredit.origination.domain.training;

import com.microcredit.origination.domain.scoring.PointsScorecard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The validation protocol: stratified k-fold cross-validation repeated r times (default 10 × 5).
 * Every fold trains the whole method – binning, selection, fitting, scaling – on the other folds
 * only, and measures the AUC of the integer points score on the held-out fold, so nothing of the
 * test fold leaks into its model. Folds are drawn with {@code new Random(seed + repeat)}, bads and
 * goods shuffled separately and dealt round-robin, so each fold keeps the sample's bad rate.
 */
public final class CrossValidation {

    private CrossValidation() {}

    /** Every fold's AUC, with their mean and (sample) standard deviation. */
    public record Result(
            int folds, int repeats, long seed, List<Double> aucs, double meanAuc, double sdAuc) {

        static Result of(int folds, int repeats, long seed, List<Double> aucs) {
            double mean =
                    aucs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double ss = aucs.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum();
            return new Result(
                    folds,
                    repeats,
                    seed,
                    List.copyOf(aucs),
                    mean,
                    aucs.size() > 1 ? Math.sqrt(ss / (aucs.size() - 1)) : 0);
        }
    }

    /** A method under validation: trains on one data set and scores another (higher = better). */
    public interface Method {
        double[] trainAndScore(DataSet training, DataSet test, String target, String badValue);
    }

    /** The points scorecard method with the given options. */
    public static Method scorecard(TrainingOptions options) {
        return (training, test, target, badValue) -> {
            PointsScorecard card =
                    ScorecardTrainer.train(training, target, badValue, options).scorecard();
            return ScorecardTrainer.scores(card, test);
        };
    }

    public static Result run(
            DataSet data,
            String target,
            String badValue,
            Method method,
            int folds,
            int repeats,
            long seed) {
        Labelled sample = Labelled.of(data, target, badValue);
        List<Double> aucs = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            int[] foldOf = stratifiedFolds(sample.bad(), folds, new Random(seed + r));
            for (int f = 0; f < folds; f++) {
                int[] train = positions(foldOf, f, false);
                int[] test = positions(foldOf, f, true);
                double[] scores =
                        method.trainAndScore(
                                sample.data().subset(train),
                                sample.data().subset(test),
                                target,
                                badValue);
                int[] bad = new int[test.length];
                for (int i = 0; i < test.length; i++) {
                    bad[i] = sample.bad()[test[i]];
                }
                aucs.add(Performance.auc(scores, bad));
            }
        }
        return Result.of(folds, repeats, seed, aucs);
    }

    static int[] stratifiedFolds(int[] bad, int folds, Random random) {
        List<Integer> bads = new ArrayList<>();
        List<Integer> goods = new ArrayList<>();
        for (int i = 0; i < bad.length; i++) {
            (bad[i] == 1 ? bads : goods).add(i);
        }
        Collections.shuffle(bads, random);
        Collections.shuffle(goods, random);
        int[] foldOf = new int[bad.length];
        int k = 0;
        for (int i : bads) {
            foldOf[i] = k++ % folds;
        }
        for (int i : goods) {
            foldOf[i] = k++ % folds;
        }
        return foldOf;
    }

    private static int[] positions(int[] foldOf, int fold, boolean inFold) {
        return java.util.stream.IntStream.range(0, foldOf.length)
                .filter(i -> (foldOf[i] == fold) == inFold)
                .toArray();
    }
}
