package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A reconciliation break as pages show it. */
public record ReconciliationBreakView(
        long id,
        String accountNumber,
        LocalDate businessDate,
        String kind,
        String transactionId,
        BigDecimal coreAmount,
        BigDecimal ledgerAmount,
        BigDecimal breakAmount,
        String currency,
        String detail,
        String status,
        Instant detectedAt,
        Instant lastSeenAt,
        Instant closedAt,
        String resolvedBy,
        String resolutionNote) {}
