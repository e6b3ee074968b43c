package com.microcredit.origination.domain.scorecard;

/** What an activation makes of a scorecard. */
public enum ActivationRole {
    CHAMPION,
    CHALLENGER
}
