package com.microcredit.origination.api;

import java.util.List;

/**
 * Population stability between a scorecard's training sample and a recent population (recorded
 * applications of the monitoring window, or an uploaded sample): the score's PSI over the training
 * score bands and each characteristic's PSI over its bins; alert when above the threshold (default
 * 0.25). scorePsi is null when the recent population is empty.
 */
public record StabilityView(
        long scorecardId,
        String scorecardLabel,
        String population,
        int recentApplicants,
        double alertThreshold,
        Double scorePsi,
        boolean alert,
        List<Variable> variables) {

    public record Variable(String variable, double psi, boolean alert) {}
}
