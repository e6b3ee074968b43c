package com.microcredit.origination.api;

/**
 * A training request: the data set (file name decides CSV or ARFF), the target column and its bad
 * value, the scaling (null: 600 points at odds 50:1, 40 points to double the odds), the cut-off
 * score for the confusion table (null: the score of maximum KS) and whether to run the validation
 * protocol (stratified 10-fold cross-validation repeated 5 times).
 */
public record TrainScorecard(
        String name,
        String fileName,
        byte[] content,
        String target,
        String badValue,
        Integer baseScore,
        Double baseOdds,
        Integer pointsToDouble,
        Integer cutoffScore,
        boolean crossValidate) {}
