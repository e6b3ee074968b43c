package com.microcredit.portfolio.domain.classification;

/**
 * The five loan categories of the 2023 risk-classification rules, declared from best to worst. The
 * last three (substandard, doubtful, loss) are non-performing: they make up the NPL ratio and carry
 * most of the specific provision, which is why a loan must never sit in a better category than its
 * arrears or a credit officer's judgement imply.
 */
public enum LoanCategory {
    NORMAL,
    SPECIAL_MENTION,
    SUBSTANDARD,
    DOUBTFUL,
    LOSS;

    /** Substandard, doubtful or loss: the categories counted as non-performing loans. */
    public boolean isNonPerforming() {
        return compareTo(SUBSTANDARD) >= 0;
    }

    /**
     * Whether this category is strictly worse than the other; every category is worse than no
     * category (null).
     */
    public boolean isWorseThan(LoanCategory other) {
        return other == null || compareTo(other) > 0;
    }

    /**
     * The worse of two categories; null stands for "no floor" and never wins (both null gives
     * null).
     */
    public static LoanCategory worst(LoanCategory a, LoanCategory b) {
        if (a == null) {
            return b;
        }
        return a.isWorseThan(b) ? a : b;
    }
}
