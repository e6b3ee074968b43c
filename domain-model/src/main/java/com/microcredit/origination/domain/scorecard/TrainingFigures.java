package com.microcredit.origination.domain.scorecard;

/**
 * The figures of a training run kept with the scorecard: the sample, the fit, the points card's
 * AUC, KS and Gini on its own sample, the confusion at the cut-off and, when the validation
 * protocol ran, the cross-validated AUC (folds, repeats, seed, mean, standard deviation).
 */
public record TrainingFigures(
        String dataSet,
        String target,
        String badValue,
        int rows,
        int goods,
        int bads,
        double intercept,
        int iterations,
        double auc,
        double ks,
        double gini,
        int cutoffScore,
        int truePositives,
        int falsePositives,
        int trueNegatives,
        int falseNegatives,
        Integer cvFolds,
        Integer cvRepeats,
        Long cvSeed,
        Double cvMeanAuc,
        Double cvSdAuc,
        String options) {}
