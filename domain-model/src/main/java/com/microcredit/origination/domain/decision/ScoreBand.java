package com.microcredit.origination.domain.decision;

/** Where a scorecard probability of default falls against the policy's cut-offs. */
public enum ScoreBand {
    PASS,
    GREY,
    FAIL
}
