package com.microcredit.portfolio.api;

/** The dimensions along which exposure is limited (see the domain guide, section 5). */
public enum LimitType {
    BORROWER,
    CONNECTED_GROUP,
    HUB_CHAIN,
    INDUSTRY,
    REGION,
    PRODUCT,
    BLIND_LENDING_CEILING
}
