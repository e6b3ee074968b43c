package com.microcredit.shared.domain.approval;

/** Where a four-eyes approval stands; stored by name. */
public enum ApprovalState {
    /** Made by the maker, waiting for a different person to check it. */
    PROPOSED,
    /** A different person approved it. */
    APPROVED,
    /**
     * In effect: made by the system itself with no checker (recorded for the audit trail), or
     * approved by a different person and applied at once (hub status changes).
     */
    APPLIED,
    /** Rejected by a checker, or withdrawn by the maker; nothing changed. */
    REJECTED
}
