package com.microcredit.protection.domain.audit;

/** What a staff member or system did that the audit trail records. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_LOCKED,
    LOGOUT,
    BORROWER_VIEW,
    BORROWER_SEARCH,
    BORROWER_REGISTER,
    UNMASK,
    DECISION,
    LIMIT_CHANGE,
    EXPORT,
    ALERT_ACKNOWLEDGED,
    /** A hub's status proposed (by a risk manager or its indicators), approved or rejected. */
    HUB_STATUS_CHANGE,
    /** An invoice confirmed by its hub, or financed (an advance against a receivable). */
    RECEIVABLE_FINANCING,
    /** A hub's trade file imported or refused. */
    TRADE_IMPORT,
    /** A hub's payment of a financed invoice, reported by core banking. */
    HUB_PAYMENT,
    /** A borrower's acceptance of a loan offer (the loan is booked). Issue 26. */
    OFFER_ACCEPTED,
    /**
     * An acceptance refused by the re-check before money leaves; the case went back for a new
     * decision. Issue 21.
     */
    RECHECK_FAILED,
    /** A borrower's consent to data sources captured, or revoked. Issue 26. */
    CONSENT_RECORDED,
    CONSENT_REVOKED,
    /**
     * Someone acknowledged, acted on, completed an action of or closed an early-warning signal; the
     * detail is the step's code, the signal and its indicator. Issue 26.
     */
    SIGNAL_ACTION
}
