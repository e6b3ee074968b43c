package com.microcredit.origination.domain.borrower;

/**
 * The account manager's judgement after a visit. WEAK and ADVERSE never support the relationship
 * path.
 */
public enum VisitAssessment {
    STRONG,
    SATISFACTORY,
    WEAK,
    ADVERSE;

    public boolean supportsLending() {
        return this == STRONG || this == SATISFACTORY;
    }
}
