package com.microcredit.portfolio.api;

/** The dimensions portfolio figures are broken down by. */
public enum Breakdown {
    PRODUCT,
    INFORMATION_PATH,
    HUB,
    INDUSTRY,
    REGION,
    BRANCH,
    ACCOUNT_MANAGER
}
