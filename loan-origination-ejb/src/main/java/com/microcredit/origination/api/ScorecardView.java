package com.microcredit.origination.api;

import java.time.Instant;
import java.util.List;

/**
 * A stored scorecard and its training report. status: TRAINED, CHAMPION, CHALLENGER or RETIRED.
 * Performance figures are those of the integer points card on its own training sample; cvMeanAuc
 * and cvSdAuc (null when not run) come from the validation protocol. mapsToGateway: every
 * characteristic is a data-gateway fact (only then can it score applicants).
 */
public record ScorecardView(
        long id,
        String name,
        int versionNumber,
        String label,
        String status,
        String dataSet,
        String target,
        String badValue,
        int rows,
        int goods,
        int bads,
        int baseScore,
        double baseOdds,
        int pointsToDouble,
        double auc,
        double ks,
        double gini,
        Double cvMeanAuc,
        Double cvSdAuc,
        Integer cvFolds,
        Integer cvRepeats,
        Long cvSeed,
        int cutoffScore,
        int truePositives,
        int falsePositives,
        int trueNegatives,
        int falseNegatives,
        boolean mapsToGateway,
        List<String> unmappedVariables,
        String trainedBy,
        Instant trainedAt,
        Instant activatedAt,
        int minScore,
        int maxScore,
        List<Variable> variables,
        List<Bin> bins,
        List<Band> bands) {

    /**
     * A candidate variable: information value, selected with its coefficient on WOE, or why not.
     */
    public record Variable(
            String variable,
            String kind,
            int bins,
            double informationValue,
            boolean selected,
            String exclusion,
            double coefficient,
            double standardError) {}

    /**
     * One bin of a selected characteristic with its training counts, weight of evidence and points.
     */
    public record Bin(
            String variable,
            int ordinal,
            String label,
            int goods,
            int bads,
            double badRate,
            double woe,
            int points) {}

    /** Calibration in one score band of the training sample. */
    public record Band(
            int band,
            int fromScore,
            int toScore,
            int applicants,
            int bads,
            double observedBadRate,
            double predictedPd) {}
}
