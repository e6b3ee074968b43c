package com.microcredit.origination.domain.training;

import java.util.List;

/**
 * What a training run found: the sample, each candidate variable's information value and fate
 * (selected with its coefficient, or why not), the fit, and the points scorecard's own performance
 * on the training sample – AUC, KS, Gini, calibration by score band and the confusion at the
 * cut-off. {@code crossValidation} is present when the validation protocol was run.
 */
public record ScorecardReport(
        String dataSet,
        String target,
        String badValue,
        int rows,
        int goods,
        int bads,
        List<VariableReport> variables,
        double intercept,
        int iterations,
        boolean converged,
        double auc,
        double ks,
        double gini,
        List<Performance.Band> calibration,
        Performance.Confusion confusion,
        CrossValidation.Result crossValidation) {

    /**
     * One candidate: selected with its coefficient (on WOE) and standard error, or the reason it
     * was left out.
     */
    public record VariableReport(
            String variable,
            String kind,
            int bins,
            double informationValue,
            boolean selected,
            String exclusion,
            double coefficient,
            double standardError) {}

    public ScorecardReport withCrossValidation(CrossValidation.Result cv) {
        return new ScorecardReport(
                dataSet,
                target,
                badValue,
                rows,
                goods,
                bads,
                variables,
                intercept,
                iterations,
                converged,
                auc,
                ks,
                gini,
                calibration,
                confusion,
                cv);
    }
}
