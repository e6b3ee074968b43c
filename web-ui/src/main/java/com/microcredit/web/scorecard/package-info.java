/**
 * The scorecards page: training from a data set, the report, activation under maker-checker,
 * monitoring. One backing bean for the view ({@code ScorecardsPage}); the training form's state is
 * its helper {@code TrainingForm}.
 */
package com.microcredit.web.scorecard;
