package com.microcredit.supplychain.api;

import java.time.Instant;

/** A hub as pages and other modules see it; the credit code is masked. */
public record HubView(
        long id,
        String name,
        String maskedCreditCode,
        String industryCode,
        String status,
        String statusReason,
        Instant statusChangedAt,
        boolean supportsNewLending) {}
