package com.microcredit.portfolio.domain.classification;

/**
 * Five-category classification by days past due under the 2023 rules: normal when nothing is
 * overdue, special mention up to 90 days, substandard up to 270, doubtful up to 360, loss beyond
 * (the three boundaries are configurable). Arrears are the most objective sign of credit risk, so a
 * loan is never classified better than its days past due imply, nor better than a qualitative floor
 * a credit officer set with a reason. A non-performing loan never improves by itself – paying one
 * instalment does not prove the borrower has recovered – so only an explicit cure lifts it: nothing
 * overdue, enough months of regular repayment since the arrears were cleared (by default {@value
 * #DEFAULT_MINIMUM_CURE_MONTHS}), and no non-performing floor in force.
 */
public final class ClassificationPolicy {

    /**
     * Months of regular repayment after the arrears were cleared that a cure requires by default.
     */
    public static final int DEFAULT_MINIMUM_CURE_MONTHS = 6;

    private final int specialMentionUpTo;
    private final int substandardUpTo;
    private final int doubtfulUpTo;

    /** Upper bounds in days past due (inclusive) of special mention, substandard and doubtful. */
    public ClassificationPolicy(int specialMentionUpTo, int substandardUpTo, int doubtfulUpTo) {
        if (specialMentionUpTo <= 0
                || substandardUpTo <= specialMentionUpTo
                || doubtfulUpTo <= substandardUpTo) {
            throw new IllegalArgumentException(
                    "Boundaries must satisfy 0 < special mention < substandard < doubtful, were "
                            + specialMentionUpTo
                            + ", "
                            + substandardUpTo
                            + ", "
                            + doubtfulUpTo);
        }
        this.specialMentionUpTo = specialMentionUpTo;
        this.substandardUpTo = substandardUpTo;
        this.doubtfulUpTo = doubtfulUpTo;
    }

    /** The boundaries of the 2023 rules: 90, 270 and 360 days. */
    public static ClassificationPolicy defaults() {
        return new ClassificationPolicy(90, 270, 360);
    }

    /** The category the days past due alone imply. */
    public LoanCategory categoryFor(int daysPastDue) {
        requireDaysPastDue(daysPastDue);
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
     * The automatic reclassification: the worse of what the days past due and the qualitative floor
     * (null: none) imply, except that a non-performing loan keeps at least its current category. A
     * performing loan follows its arrears both ways. {@code current} is null for a new loan.
     */
    public LoanCategory reclassify(
            LoanCategory current, int daysPastDue, LoanCategory qualitativeFloor) {
        LoanCategory implied = LoanCategory.worst(categoryFor(daysPastDue), qualitativeFloor);
        if (current != null && current.isNonPerforming()) {
            return LoanCategory.worst(current, implied);
        }
        return implied;
    }

    /**
     * An explicit upgrade out of non-performing. Granted only when nothing is overdue, at least
     * {@code minimumCureMonths} months of regular repayment passed since the arrears were cleared
     * and no non-performing qualitative floor is in force; the loan then moves to what its days
     * past due and floor imply (normal or special mention). Otherwise refused, naming the unmet
     * condition.
     */
    public CureDecision cure(
            LoanCategory current,
            int daysPastDue,
            int monthsOfRegularRepayment,
            LoanCategory qualitativeFloor,
            int minimumCureMonths) {
        requireDaysPastDue(daysPastDue);
        if (monthsOfRegularRepayment < 0 || minimumCureMonths < 0) {
            throw new IllegalArgumentException(
                    "Months cannot be negative, were "
                            + monthsOfRegularRepayment
                            + " and "
                            + minimumCureMonths);
        }
        if (current == null || !current.isNonPerforming()) {
            return CureDecision.refused(
                    current, "the loan is not non-performing, so there is nothing to cure");
        }
        if (daysPastDue > 0) {
            return CureDecision.refused(
                    current, "an amount is still overdue (" + daysPastDue + " days past due)");
        }
        if (monthsOfRegularRepayment < minimumCureMonths) {
            return CureDecision.refused(
                    current,
                    "only "
                            + monthsOfRegularRepayment
                            + " months of regular repayment since"
                            + " the arrears were cleared; "
                            + minimumCureMonths
                            + " are required");
        }
        if (qualitativeFloor != null && qualitativeFloor.isNonPerforming()) {
            return CureDecision.refused(
                    current, "a qualitative downgrade to " + qualitativeFloor + " is in force");
        }
        return CureDecision.cured(LoanCategory.worst(categoryFor(daysPastDue), qualitativeFloor));
    }

    private static void requireDaysPastDue(int daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException(
                    "Days past due cannot be negative, was " + daysPastDue);
        }
    }
}
