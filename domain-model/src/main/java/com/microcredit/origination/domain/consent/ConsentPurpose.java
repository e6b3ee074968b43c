package com.microcredit.origination.domain.consent;

public enum ConsentPurpose {
    CREDIT_ASSESSMENT,
    POST_LOAN_MONITORING
}
