package com.microcredit.origination.api;

import java.time.LocalDate;
import java.util.List;

/**
 * purpose: CREDIT_ASSESSMENT or POST_LOAN_MONITORING. sources: any of TAX, WATER, ELECTRICITY, GAS,
 * SOCIAL_SECURITY, HOUSING_FUND, COURTS, CUSTOMS, E_COMMERCE, CREDIT_REPORT, ASSOCIATED_PERSONS
 * (for the collection list: POST_LOAN_MONITORING).
 */
public record RecordConsent(
        long borrowerId,
        String purpose,
        List<String> sources,
        LocalDate expiresOn,
        String evidenceReference) {}
