package com.microcredit.portfolio.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A validated repayment posting (schema version 1, docs/messages.md); daysPastDue may be null. */
public record RepaymentPostingMessage(
        String postingId,
        String loanReference,
        String accountNumber,
        BigDecimal principal,
        BigDecimal interest,
        String currency,
        LocalDate valueDate,
        Integer daysPastDue) {}
