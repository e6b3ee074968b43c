package com.microcredit.protection.api;

import java.math.BigDecimal;

/**
 * Something to put on the audit trail. {@code action} is one of LOGIN, LOGIN_FAILED, LOGIN_LOCKED,
 * LOGOUT, BORROWER_VIEW, BORROWER_SEARCH, BORROWER_REGISTER, UNMASK, DECISION, LIMIT_CHANGE,
 * EXPORT, ALERT_ACKNOWLEDGED, HUB_STATUS_CHANGE, RECEIVABLE_FINANCING, TRADE_IMPORT, HUB_PAYMENT,
 * OFFER_ACCEPTED, RECHECK_FAILED, CONSENT_RECORDED, CONSENT_REVOKED, SIGNAL_ACTION; the subject is
 * a type (BORROWER, APPLICATION, LIMIT_CHANGE, …) and an id; the detail is short, a code with
 * arguments (ADR 0027's stored form, {@link #coded}) rendered in the reader's language, and never
 * holds an unmasked identity, phone or account number. {@code borrowerId} names the borrower the
 * row is about when the subject is not the borrower itself (an application, a financing), so that
 * the auditor's borrower filter finds it; a BORROWER subject names it by itself.
 */
public record AuditEvent(
        String action, String subjectType, String subjectId, String detail, Long borrowerId) {

    private static final char UNIT = '\u001F';

    public AuditEvent(String action, String subjectType, String subjectId, String detail) {
        this(action, subjectType, subjectId, detail, null);
    }

    public static AuditEvent of(
            String action, String subjectType, Object subjectId, String detail) {
        return new AuditEvent(
                action, subjectType, subjectId == null ? null : String.valueOf(subjectId), detail);
    }

    /**
     * An event whose detail is a code with arguments (the audit trail checks the form and keeps it
     * as {@code CodedText} does): numbers as plain decimals, other arguments as text.
     */
    public static AuditEvent coded(
            String action, String subjectType, Object subjectId, String code, Object... arguments) {
        StringBuilder detail = new StringBuilder(code);
        for (Object a : arguments) {
            detail.append(UNIT)
                    .append(
                            a instanceof BigDecimal d
                                    ? d.stripTrailingZeros().toPlainString()
                                    : a == null ? "" : String.valueOf(a));
        }
        return of(action, subjectType, subjectId, detail.toString());
    }

    /** The same event, about the borrower {@code id} (found by the auditor's borrower filter). */
    public AuditEvent about(Long id) {
        return new AuditEvent(action, subjectType, subjectId, detail, id);
    }
}
