package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of a queue or list. outcome is null until decided. */
public record ApplicationSummary(
        long id,
        String reference,
        long borrowerId,
        String borrowerName,
        String productCode,
        BigDecimal amount,
        String currency,
        int termMonths,
        String status,
        String outcome,
        String decidingRule,
        String preparedBy,
        Instant submittedAt) {}
