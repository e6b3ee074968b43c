package com.microcredit.origination.domain.recheck;

/** What is evaluated again before money leaves, in the order shown; stored by name. */
public enum RecheckCondition {
    OFFER_EXPIRY,
    PRODUCT_ACTIVE,
    EVIDENCE_FRESHNESS,
    HUB_STATUS,
    OPEN_WARNINGS,
    CONSENT,
    GROUP_RULES,
    CLASSIFICATION
}
