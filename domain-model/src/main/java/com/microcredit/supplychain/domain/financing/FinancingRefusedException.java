package com.microcredit.supplychain.domain.financing;

/** An invoice cannot be financed (not confirmed, not an invoice, rate out of range) or a payment cannot be applied. */
public class FinancingRefusedException extends RuntimeException {
    public FinancingRefusedException(String message) {
        super(message);
    }
}
