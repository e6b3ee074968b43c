package com.microcredit.origination.domain.decision;

/** The five ways the bank gets true information about a borrower (domain guide §2). */
public enum InformationPath {
    RELATIONSHIP,
    BIG_DATA,
    SUPPLY_CHAIN,
    BLIND_LENDING,
    DATA_CENTRE
}
