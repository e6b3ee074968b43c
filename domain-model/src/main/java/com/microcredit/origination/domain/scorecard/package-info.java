/**
 * Trained scorecards as versioned records (bins and points, the training figures as the embeddable
 * {@code TrainingRecord}), their activation as champion or challenger under the one maker-checker
 * ({@link com.microcredit.shared.domain.approval.MakerChecker}), and the scores each decision
 * recorded with them.
 */
package com.microcredit.origination.domain.scorecard;
