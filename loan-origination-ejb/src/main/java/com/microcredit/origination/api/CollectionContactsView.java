package com.microcredit.origination.api;

import java.util.List;

/**
 * The associated persons of a borrower on the collection list, and how the data gateway answered:
 * ANSWERED (persons listed), NO_DATA (the source knows no one and the bank's records add no one),
 * REFUSED (no valid post-loan-monitoring consent for ASSOCIATED_PERSONS: nothing was asked, nothing
 * is shown – the reason says so) or UNAVAILABLE (the source could not answer now: the reason).
 */
public record CollectionContactsView(
        long borrowerId,
        String loanReference,
        String outcome,
        String reason,
        List<AssociatedPersonView> persons) {

    public boolean refused() {
        return "REFUSED".equals(outcome);
    }

    public boolean unavailable() {
        return "UNAVAILABLE".equals(outcome);
    }
}
