package com.microcredit.portfolio.domain.limit;

/** What a limit caps; every reservation is checked against each dimension that applies. */
public enum LimitDimension {
    BORROWER,
    CONNECTED_GROUP,
    HUB_CHAIN,
    INDUSTRY,
    REGION,
    PRODUCT,
    BLIND_LENDING_CEILING
}
