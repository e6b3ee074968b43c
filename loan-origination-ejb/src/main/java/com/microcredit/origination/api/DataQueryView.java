package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A logged data query. outcome: ANSWERED, NO_DATA, CACHED (from a kept answer, no cost),
 * UNAVAILABLE or REFUSED; reasonCode says why in a code the pages render (NO_CONSENT,
 * PROVIDER_TIMEOUT, PROVIDER_DAILY_BUDGET_EXCEEDED, …) and reason the technical detail; reference:
 * the application that asked (null for other queries); adapter: which adapter answered; for a
 * provider over the wire also the provider, the request id, attempts, latency, the cost rule that
 * priced it, the provider's record ids and the as-of date of its data.
 */
public record DataQueryView(
        long id,
        Instant queriedAt,
        String staffLogin,
        long borrowerId,
        String source,
        String purpose,
        String outcome,
        String reason,
        BigDecimal cost,
        String reference,
        String adapter,
        String reasonCode,
        String provider,
        String costRule,
        String requestId,
        Integer attempts,
        Integer latencyMs,
        String providerRecords,
        LocalDate asOf) {}
