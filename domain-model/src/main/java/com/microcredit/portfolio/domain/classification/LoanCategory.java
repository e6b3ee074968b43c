package com.microcredit.portfolio.domain.classification;

/**
 * The five loan categories of the 2023 risk-classification rules, from best to worst. The last
 * three are non-performing: they drive the NPL ratio and most of the provisions.
 */
public enum LoanCategory {
    NORMAL,
    SPECIAL_MENTION,
    SUBSTANDARD,
    DOUBTFUL,
    LOSS;

    public boolean isNonPerforming() {
        return compareTo(SUBSTANDARD) >= 0;
    }

    public boolean isWorseThan(LoanCategory other) {
        return other == null || compareTo(other) > 0;
    }

    /** The worse of two categories; null stands for "no floor" and never wins. */
    public static LoanCategory worst(LoanCategory a, LoanCategory b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
