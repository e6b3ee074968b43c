/**
 * Training a points scorecard from a data set (read from CSV or ARFF text by {@link
 * com.microcredit.origination.domain.training.DataSetReader}, a pure parser of the two formats the
 * upload and the command line accept): coarse classing (monotonic binning of numeric variables,
 * rare categories merged), weight of evidence and information value, variable selection, penalised
 * logistic regression (IRLS on commons-math3 linear algebra), points scaling, the performance
 * report, and the validation protocol (stratified k-fold cross-validation, repeated). Pure Java: no
 * container, deterministic for a given seed.
 */
package com.microcredit.origination.domain.training;
