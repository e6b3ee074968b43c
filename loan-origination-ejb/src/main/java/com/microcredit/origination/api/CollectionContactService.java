package com.microcredit.origination.api;

import jakarta.ejb.Local;

/**
 * Who a collector can turn to about a loan in collection (domain guide §6): the borrower's legal
 * representative, shareholders, guarantors, spouse and household, joint-liability group members,
 * each with their own standing at this bank. The persons come through the data gateway (source
 * ASSOCIATED_PERSONS, purpose POST_LOAN_MONITORING): without the borrower's consent nothing is
 * asked and nothing shown, and every query – refused or answered – is in the query log with the
 * loan as its case reference. Identity numbers and phones leave masked; the look-up is on the
 * access monitor like any view of a borrower's data.
 */
@Local
public interface CollectionContactService {

    /**
     * ACCOUNT_MANAGER, CREDIT_OFFICER, RISK_MANAGER: the associated persons of the borrower of a
     * loan in collection.
     */
    CollectionContactsView associatedPersons(long borrowerId, String loanReference);
}
