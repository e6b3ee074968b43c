package com.microcredit.origination.domain.association;

import java.util.Set;

/**
 * An associated person's own standing at this bank, from their live loans: how many are overdue
 * (any day past due) and how many are in default (a non-performing category: substandard, doubtful,
 * loss – a downgrade by a credit officer counts, whatever the days past due). Closed and cancelled
 * loans no longer count. {@link #UNKNOWN} is a person who is not (recognisably) a borrower here.
 */
public record Standing(boolean customer, int liveLoans, int overdueLoans, int defaultedLoans) {

    public static final Standing UNKNOWN = new Standing(false, 0, 0, 0);
    public static final Standing CUSTOMER = new Standing(true, 0, 0, 0);

    // The non-performing categories of the 2023 rules as portfolio's API names them (origination
    // may not import portfolio's domain types: module boundaries).
    private static final Set<String> NON_PERFORMING = Set.of("SUBSTANDARD", "DOUBTFUL", "LOSS");

    /**
     * This standing with one more loan of the person's: its status (LIVE, CLOSED, CANCELLED), days
     * past due and category.
     */
    public Standing with(String status, int daysPastDue, String category) {
        if (!"LIVE".equals(status)) {
            return new Standing(true, liveLoans, overdueLoans, defaultedLoans);
        }
        boolean defaulted = category != null && NON_PERFORMING.contains(category);
        return new Standing(
                true,
                liveLoans + 1,
                overdueLoans + (daysPastDue > 0 ? 1 : 0),
                defaultedLoans + (defaulted ? 1 : 0));
    }

    /** Both standings together (a person's loans counted in two parts). */
    public Standing plus(Standing other) {
        return new Standing(
                customer || other.customer,
                liveLoans + other.liveLoans,
                overdueLoans + other.overdueLoans,
                defaultedLoans + other.defaultedLoans);
    }
}
