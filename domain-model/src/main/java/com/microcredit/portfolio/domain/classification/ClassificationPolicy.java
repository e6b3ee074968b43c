package com.microcredit.portfolio.domain.classification;

/**
 * Five-category classification by days past due (2023 rules): normal when nothing is overdue,
 * special mention up to 90 days, substandard up to 270, doubtful up to 360, loss beyond
 * (boundaries configurable). A loan is never classified better than its days past due or a
 * qualitative floor imply, and a non-performing loan never improves by itself: only an explicit
 * cure – arrears cleared, months of regular repayment since, no non-performing floor – lifts it.
 */
public final class ClassificationPolicy {

    private final int specialMentionUpTo;
    private final int substandardUpTo;
    private final int doubtfulUpTo;

    public ClassificationPolicy(int specialMentionUpTo, int substandardUpTo, int doubtfulUpTo) {
        if (specialMentionUpTo <= 0 || substandardUpTo <= specialMentionUpTo || doubtfulUpTo <= substandardUpTo) {
            throw new IllegalArgumentException("Boundaries must satisfy 0 < special mention < substandard < doubtful, were "
                    + specialMentionUpTo + ", " + substandardUpTo + ", " + doubtfulUpTo);
        }
        this.specialMentionUpTo = specialMentionUpTo;
        this.substandardUpTo = substandardUpTo;
        this.doubtfulUpTo = doubtfulUpTo;
    }

    public static ClassificationPolicy defaults() {
        return new ClassificationPolicy(90, 270, 360);
    }

    /** The category the days past due alone imply. */
    public LoanCategory categoryFor(int daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("Days past due cannot be negative, was " + daysPastDue);
        }
        if (daysPastDue == 0) {
            return LoanCategory.NORMAL;
        }
        if (daysPastDue <= specialMentionUpTo) {
            return LoanCategory.SPECIAL_MENTION;
        }
        if (daysPastDue <= substandardUpTo) {
            return LoanCategory.SUBSTANDARD;
        }
        if (daysPastDue <= doubtfulUpTo) {
            return LoanCategory.DOUBTFUL;
        }
        return LoanCategory.LOSS;
    }

    /**
     * The automatic reclassification: the worse of what the days and the floor imply; a
     * non-performing loan keeps at least its current category (current may be null for a new loan).
     */
    public LoanCategory reclassify(LoanCategory current, int daysPastDue, LoanCategory qualitativeFloor) {
        LoanCategory candidate = LoanCategory.worst(categoryFor(daysPastDue), qualitativeFloor);
        if (current != null && current.isNonPerforming()) {
            return LoanCategory.worst(current, candidate);
        }
        return candidate;
    }

    /** An explicit upgrade out of non-performing, granted only when every cure condition holds. */
    public CureDecision cure(LoanCategory current, int daysPastDue, int monthsOfRegularRepayment,
            LoanCategory qualitativeFloor, int minimumCureMonths) {
        if (current == null || !current.isNonPerforming()) {
            return CureDecision.refused(current, "the loan is not non-performing");
        }
        if (daysPastDue > 0) {
            return CureDecision.refused(current, "an amount is still overdue (" + daysPastDue + " days past due)");
        }
        if (monthsOfRegularRepayment < minimumCureMonths) {
            return CureDecision.refused(current, "only " + monthsOfRegularRepayment + " months of regular repayment since"
                    + " the arrears were cleared; " + minimumCureMonths + " are required");
        }
        if (qualitativeFloor != null && qualitativeFloor.isNonPerforming()) {
            return CureDecision.refused(current, "a qualitative downgrade to " + qualitativeFloor + " is in force");
        }
        return CureDecision.cured(LoanCategory.worst(categoryFor(daysPastDue), qualitativeFloor));
    }
}
