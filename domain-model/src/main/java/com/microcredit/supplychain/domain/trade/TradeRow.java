package com.microcredit.supplychain.domain.trade;

/**
 * One row of a hub's trade file exactly as read (CSV or JSON), before validation. memberId is the
 * bank's customer number of the chain member, which the bank gives the hub at onboarding.
 */
public record TradeRow(
        int line,
        String memberId,
        String kind,
        String documentNumber,
        String tradeDate,
        String amount,
        String currency,
        String hubConfirmed) {}
