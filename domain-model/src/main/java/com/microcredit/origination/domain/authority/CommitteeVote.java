package com.microcredit.origination.domain.authority;

/** A member's vote on a case; stored by name. */
public enum CommitteeVote {
    FOR,
    AGAINST,
    ABSTAIN
}
