package com.microcredit.origination.domain.training;

import com.microcredit.origination.domain.scoring.Scaling;

/**
 * The choices of one training run. {@code fineBins}: quantile classes before merging; {@code
 * minBinShare}: no bin holds less of the sample (rare categories are merged); {@code
 * minInformationValue}: weaker variables are not used; {@code maxCorrelation}: of two variables
 * whose WOE codings correlate more, the weaker is dropped; {@code ridge}: L2 penalty on the
 * coefficients (not the intercept); {@code cutoffScore}: null = the score of maximum separation
 * (KS); {@code seed}: for the cross-validation folds.
 */
public record TrainingOptions(
        int fineBins,
        double minBinShare,
        double minInformationValue,
        double maxCorrelation,
        double ridge,
        Scaling scaling,
        Integer cutoffScore,
        int maxReasons,
        long seed) {

    public static final long DEFAULT_SEED = 20261127L;

    public TrainingOptions {
        if (fineBins < 2 || fineBins > 100) {
            throw new IllegalArgumentException("fine classes must be between 2 and 100");
        }
        if (minBinShare <= 0 || minBinShare >= 0.5) {
            throw new IllegalArgumentException("the minimum bin share must lie between 0 and 0.5");
        }
        if (minInformationValue < 0 || maxCorrelation <= 0 || maxCorrelation > 1 || ridge < 0) {
            throw new IllegalArgumentException("invalid selection or penalty setting");
        }
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(
                20, 0.05, 0.01, 0.75, 1.0, new Scaling(600, 50, 40), null, 3, DEFAULT_SEED);
    }

    public TrainingOptions withScaling(Scaling s) {
        return new TrainingOptions(
                fineBins,
                minBinShare,
                minInformationValue,
                maxCorrelation,
                ridge,
                s,
                cutoffScore,
                maxReasons,
                seed);
    }

    public TrainingOptions withCutoff(Integer cutoff) {
        return new TrainingOptions(
                fineBins,
                minBinShare,
                minInformationValue,
                maxCorrelation,
                ridge,
                scaling,
                cutoff,
                maxReasons,
                seed);
    }
}
