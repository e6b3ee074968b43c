package com.microcredit.origination.api;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Map;

/**
 * Borrowers' display names for lists that hold only borrower numbers (warning queue, collection
 * list, reminders, security alerts): names only, no identity, mobile or account numbers, so a list
 * is not a view of each borrower's data (opening a borrower still is, and is audited).
 */
@Local
public interface BorrowerDirectory {

    /** Borrower id → name for the ids that exist; unknown ids are left out. */
    Map<Long, String> names(Collection<Long> borrowerIds);

    /**
     * Borrower id → name of the borrowers whose name contains the text (case-insensitive), at most
     * {@code max}: what staff know of a borrower, for filters that hold borrower numbers (the audit
     * trail, issue 26).
     */
    Map<Long, String> named(String nameFragment, int max);
}
