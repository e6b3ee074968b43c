package com.microcredit.origination.domain.scorecard;

/**
 * TRAINED: stored, used by nothing; CHAMPION: scores the big-data path (at most one); CHALLENGER:
 * scored side by side on the same applications, decides nothing (at most one); RETIRED: a former
 * champion, kept for the record.
 */
public enum ScorecardStatus {
    TRAINED,
    CHAMPION,
    CHALLENGER,
    RETIRED
}
