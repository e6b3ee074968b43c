package com.microcredit.protection.domain.monitoring;

/** Why a look-up pattern raised an alert. */
public enum AlertKind {
    /** An account manager opened a borrower of another account manager's book. */
    OUTSIDE_BOOK,
    /** More distinct borrowers looked up in the window than the threshold allows. */
    QUERY_VOLUME
}
