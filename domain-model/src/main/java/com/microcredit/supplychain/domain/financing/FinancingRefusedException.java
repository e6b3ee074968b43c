package com.microcredit.supplychain.domain.financing;

/**
 * An invoice cannot be financed (not confirmed, not an invoice, rate out of range) or a payment
 * cannot be applied.
 */
public class FinancingRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FinancingRefusedException(String message) {
        super(message);
    }
}
