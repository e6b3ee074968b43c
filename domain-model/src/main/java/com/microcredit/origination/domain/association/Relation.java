package com.microcredit.origination.domain.association;

import com.microcredit.origination.domain.borrower.BorrowerKind;

/**
 * How a person is connected to a borrower. The order is the order a collector works them: who signs
 * for the debtor first, then who owes with it (guarantors, group members), then who may know where
 * it is. Legal representatives and shareholders belong to enterprises, spouses and household
 * members to individuals; guarantors and group members to both.
 */
public enum Relation {
    LEGAL_REPRESENTATIVE,
    GUARANTOR,
    GROUP_MEMBER,
    SHAREHOLDER,
    SPOUSE,
    HOUSEHOLD_MEMBER;

    /**
     * Whether a borrower of this kind can have a person in this relation (a registry row that
     * cannot is a data error).
     */
    public boolean appliesTo(BorrowerKind kind) {
        return switch (this) {
            case LEGAL_REPRESENTATIVE, SHAREHOLDER -> kind == BorrowerKind.ENTERPRISE;
            case SPOUSE, HOUSEHOLD_MEMBER -> kind == BorrowerKind.INDIVIDUAL;
            case GUARANTOR, GROUP_MEMBER -> true;
        };
    }
}
