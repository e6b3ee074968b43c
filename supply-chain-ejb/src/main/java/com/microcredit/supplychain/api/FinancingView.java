package com.microcredit.supplychain.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A receivables financing: ADVANCED until the hub's payment repays the advance, then CLOSED. */
public record FinancingView(
        long id,
        long invoiceId,
        long hubId,
        long borrowerId,
        String invoiceNumber,
        String currency,
        BigDecimal invoiceAmount,
        BigDecimal advanceRate,
        BigDecimal advanceAmount,
        BigDecimal outstanding,
        BigDecimal surplusPaid,
        String status,
        String exposureReference,
        String financedBy,
        Instant financedAt,
        Instant closedAt) {}
