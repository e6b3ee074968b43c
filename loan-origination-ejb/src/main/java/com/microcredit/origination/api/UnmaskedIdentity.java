package com.microcredit.origination.api;

/**
 * A borrower's identity, settlement account and contact mobile numbers in full (account and mobile
 * null when none is on file), for the roles allowed to see them (credit officers, risk managers,
 * auditors); every request is on the audit trail with its reason.
 */
public record UnmaskedIdentity(
        long borrowerId, String identityNumber, String settlementAccount, String mobile) {

    @Override
    public String toString() {
        return "UnmaskedIdentity[" + borrowerId + "]";
    }
}
