package com.microcredit.origination.api;

import java.math.BigDecimal;

/**
 * A loan application. repaymentMethod: EQUAL_INSTALMENT, EQUAL_PRINCIPAL or INTEREST_ONLY_BULLET.
 * channel: BRANCH, ONLINE or API; channelReference is the caller's id for the request (unique per
 * channel, makes automated submissions idempotent), or null for branch applications.
 */
public record SubmitApplication(
        long borrowerId,
        String productCode,
        BigDecimal amount,
        String currency,
        int termMonths,
        String repaymentMethod,
        String purpose,
        String channel,
        String channelReference) {}
