package com.microcredit.portfolio.domain.settlement;

/** What kind of disagreement between our settlement ledger and core banking's end-of-day report. */
public enum BreakKind {
    /** Opening balance plus our ledger's movement is not core banking's closing balance. */
    DIFFERENCE,
    /** Core banking booked a transaction our ledger does not hold. */
    MISSING,
    /** Our ledger holds a transaction core banking did not report for that day. */
    EXTRA,
    /** Without transaction ids: the number of transactions differs. */
    COUNT
}
