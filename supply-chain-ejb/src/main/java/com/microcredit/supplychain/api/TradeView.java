package com.microcredit.supplychain.api;

import java.math.BigDecimal;
import java.time.LocalDate;

public record TradeView(
        long id,
        long hubId,
        long borrowerId,
        String kind,
        String documentNumber,
        LocalDate tradeDate,
        BigDecimal amount,
        String currency,
        boolean hubConfirmed) {}
