package com.microcredit.portfolio.application;

import com.microcredit.portfolio.domain.settlement.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A validated settlement-transaction message (schema version 1, see docs/messages.md). */
public record SettlementTransactionMessage(
        String transactionId,
        String accountNumber,
        Direction direction,
        BigDecimal amount,
        String currency,
        String counterpartyName,
        String counterpartyIndustryCode,
        LocalDate valueDate) {}
