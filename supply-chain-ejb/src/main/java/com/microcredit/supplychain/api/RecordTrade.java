package com.microcredit.supplychain.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** kind: ORDER, INVOICE or PAYMENT. */
public record RecordTrade(
        long hubId,
        long borrowerId,
        String kind,
        String documentNumber,
        LocalDate tradeDate,
        BigDecimal amount,
        String currency,
        boolean hubConfirmed) {}
