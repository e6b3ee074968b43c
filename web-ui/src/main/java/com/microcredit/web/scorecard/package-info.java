/**
 * The scorecards page: training from a data set, the report, activation under maker-checker,
 * monitoring.
 */
package com.microcredit.web.scorecard;
