package com.microcredit.protection.api;

/**
 * Something to put on the audit trail. {@code action} is one of LOGIN, LOGIN_FAILED, LOGIN_LOCKED,
 * LOGOUT, BORROWER_VIEW, BORROWER_SEARCH, BORROWER_REGISTER, UNMASK, DECISION, LIMIT_CHANGE,
 * EXPORT, ALERT_ACKNOWLEDGED, HUB_STATUS_CHANGE, RECEIVABLE_FINANCING, TRADE_IMPORT, HUB_PAYMENT,
 * OFFER_ACCEPTED, RECHECK_FAILED, CONSENT_RECORDED, CONSENT_REVOKED, SIGNAL_ACTION; the subject is
 * a type (BORROWER, APPLICATION, LIMIT_CHANGE, …) and an id; the detail is short and never holds an
 * unmasked identity, phone or account number.
 */
public record AuditEvent(String action, String subjectType, String subjectId, String detail) {

    public static AuditEvent of(
            String action, String subjectType, Object subjectId, String detail) {
        return new AuditEvent(
                action, subjectType, subjectId == null ? null : String.valueOf(subjectId), detail);
    }
}
