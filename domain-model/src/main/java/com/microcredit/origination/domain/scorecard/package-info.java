/**
 * Trained scorecards as versioned records (bins and points, the training report), their activation
 * as champion or challenger under maker-checker, and the scores each decision recorded with them.
 */
package com.microcredit.origination.domain.scorecard;
