package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One account and business date: core banking's report beside our ledger, and the open breaks. */
public record ReconciledDayView(
        String accountNumber,
        LocalDate businessDate,
        String currency,
        BigDecimal openingBalance,
        BigDecimal closingBalance,
        Integer reportedCount,
        BigDecimal ledgerCredits,
        BigDecimal ledgerDebits,
        Integer ledgerCount,
        int openBreaks,
        Instant reconciledAt) {}
