package com.microcredit.origination.domain.borrower;

/**
 * A micro or small enterprise (identified by its unified social credit code) or an
 * individual/household.
 */
public enum BorrowerKind {
    ENTERPRISE,
    INDIVIDUAL
}
