package com.microcredit.portfolio.domain.change;

/** Where a dual-controlled change stands. */
public enum ChangeStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    /** Made by the system itself and recorded for the audit trail (no checker involved). */
    APPLIED
}
