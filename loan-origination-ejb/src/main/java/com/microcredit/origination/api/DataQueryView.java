package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A logged data query. outcome: ANSWERED, NO_DATA, CACHED (from a kept answer, no cost),
 * UNAVAILABLE or REFUSED (reason says why); reference: the application that asked (null for other
 * queries); adapter: which adapter answered.
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
        String adapter) {}
