package com.microcredit.supplychain.domain.trade;

public enum TradeKind {
    ORDER,
    INVOICE,
    PAYMENT
}
