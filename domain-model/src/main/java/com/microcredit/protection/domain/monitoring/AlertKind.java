package com.microcredit.protection.domain.monitoring;

/** Why an alert was raised: a look-up pattern, or a conflicting inbound message. */
public enum AlertKind {
    /** An account manager opened a borrower of another account manager's book. */
    OUTSIDE_BOOK,
    /** More distinct borrowers looked up in the window than the threshold allows. */
    QUERY_VOLUME,
    /**
     * Core banking sent a message with an applied business key and a different content (ADR 0025):
     * refused, a reconciliation break opened; the actor is the sender, {@code CORE_BANKING}.
     */
    INBOUND_CONFLICT
}
