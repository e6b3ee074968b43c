package com.microcredit.origination.domain.authority;

/** How a sitting ended for its case; stored by name. */
public enum CommitteeOutcome {
    /** Still sitting. */
    OPEN,
    /** Enough eligible members present voted for. */
    PASSED,
    /** The quorum was there and the case did not get the passing share. */
    REJECTED,
    /** Too few eligible members present: nothing decided, the case waits for another sitting. */
    NO_QUORUM
}
