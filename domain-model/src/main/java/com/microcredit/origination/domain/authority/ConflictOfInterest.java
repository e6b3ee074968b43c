package com.microcredit.origination.domain.authority;

/** Why a committee member may not vote on a case (回避); stored by name. */
public enum ConflictOfInterest {
    /** Prepared the case (审贷分离). */
    PREPARER,
    /** Manages the borrower's relationship. */
    ACCOUNT_MANAGER,
    /** Related to the borrower (family, ownership, guarantee). */
    RELATED
}
