package com.microcredit.origination.api;

import java.time.LocalDate;

/**
 * What one source holds about a borrower: months of history, latest period and a one-line summary;
 * consentStatus VALID, EXPIRED, REVOKED or NONE.
 */
public record EvidenceView(
        String source,
        String consentStatus,
        int monthsOfHistory,
        LocalDate latestPeriod,
        String summary) {}
