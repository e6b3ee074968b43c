package com.microcredit.origination.api;

/**
 * A borrower's identity and settlement account numbers in full, for the roles allowed to see them
 * (credit officers, risk managers, auditors); every request is on the audit trail with its reason.
 */
public record UnmaskedIdentity(long borrowerId, String identityNumber, String settlementAccount) {

    @Override
    public String toString() {
        return "UnmaskedIdentity[" + borrowerId + "]";
    }
}
