package com.microcredit.supplychain.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice of a hub's chain with its financing (null when not financed). */
public record InvoiceView(
        long id,
        long hubId,
        long borrowerId,
        String documentNumber,
        LocalDate tradeDate,
        BigDecimal amount,
        String currency,
        boolean hubConfirmed,
        FinancingView financing) {}
