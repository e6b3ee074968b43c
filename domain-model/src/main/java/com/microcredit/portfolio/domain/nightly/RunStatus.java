package com.microcredit.portfolio.domain.nightly;

/** Where a nightly run stands; a failed or stopped run can be restarted from its checkpoint. */
public enum RunStatus {
    STARTED,
    COMPLETED,
    FAILED,
    STOPPED;

    public boolean restartable() {
        return this == FAILED || this == STOPPED;
    }
}
