package com.microcredit.origination.domain.loan;

/**
 * SUBMITTED → APPROVED (offer open) | REFERRED | DECLINED; REFERRED → APPROVED | DECLINED by a
 * credit officer; APPROVED → ACCEPTED (limits reserved, schedule fixed, disbursement instructed);
 * APPROVED → SUBMITTED when the acceptance re-check finds a changed condition (a new decision);
 * SUBMITTED, REFERRED, APPROVED → WITHDRAWN.
 */
public enum ApplicationStatus {
    SUBMITTED,
    APPROVED,
    REFERRED,
    DECLINED,
    ACCEPTED,
    WITHDRAWN
}
