package com.microcredit.portfolio.domain.classification;

/** The outcome of a cure request: the new category, or the condition that is not met. */
public record CureDecision(boolean cured, LoanCategory category, String refusalReason) {

    public static CureDecision cured(LoanCategory category) {
        return new CureDecision(true, category, null);
    }

    public static CureDecision refused(LoanCategory unchanged, String reason) {
        return new CureDecision(false, unchanged, reason);
    }
}
