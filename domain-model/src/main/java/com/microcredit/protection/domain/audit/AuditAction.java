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
    ALERT_ACKNOWLEDGED
}
