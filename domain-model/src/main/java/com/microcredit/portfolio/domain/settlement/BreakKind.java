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
    COUNT,
    /**
     * Core banking sent a message with the business key of one already applied but a different
     * content (ADR 0025): the applied one stands, the new one was refused. Only a person closes it;
     * a later reconciliation run neither clears nor supersedes it.
     */
    CONFLICT;

    /** Whether a reconciliation run may close the break on its own (CLEARED or SUPERSEDED). */
    public boolean closesAutomatically() {
        return this != CONFLICT;
    }
}
