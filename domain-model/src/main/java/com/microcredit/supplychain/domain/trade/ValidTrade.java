package com.microcredit.supplychain.domain.trade;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A validated row, ready to become a {@link TradeRecord}. */
public record ValidTrade(
        long borrowerId,
        TradeKind kind,
        String documentNumber,
        LocalDate tradeDate,
        BigDecimal amount,
        String currency,
        boolean hubConfirmed) {

    public TradeRecord toRecord(long hubId) {
        return new TradeRecord(
                hubId, borrowerId, kind, documentNumber, tradeDate, amount, currency, hubConfirmed);
    }
}
