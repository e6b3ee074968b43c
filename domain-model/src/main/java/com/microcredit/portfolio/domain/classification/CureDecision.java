package com.microcredit.portfolio.domain.classification;

import java.util.Objects;

/**
 * The outcome of a request to cure a non-performing loan: either the category the loan moves to, or
 * the unmet condition in plain English (the category then stays as it was). An explicit result
 * rather than an exception, so that a refusal can be shown to the credit officer as it is.
 */
public record CureDecision(boolean cured, LoanCategory category, String refusalReason) {

    public CureDecision {
        if (cured && (category == null || refusalReason != null)) {
            throw new IllegalArgumentException(
                    "A granted cure names the new category and no refusal reason");
        }
        if (!cured && (refusalReason == null || refusalReason.isBlank())) {
            throw new IllegalArgumentException("A refused cure names the unmet condition");
        }
    }

    /** The cure is granted; the loan moves to the given category. */
    public static CureDecision cured(LoanCategory category) {
        return new CureDecision(true, Objects.requireNonNull(category, "category"), null);
    }

    /** The cure is refused for the given reason; the loan keeps its current category. */
    public static CureDecision refused(LoanCategory unchanged, String reason) {
        return new CureDecision(false, unchanged, reason);
    }
}
