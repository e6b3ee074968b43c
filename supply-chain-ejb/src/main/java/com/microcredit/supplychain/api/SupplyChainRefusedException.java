package com.microcredit.supplychain.api;

import jakarta.ejb.ApplicationException;

/**
 * A supply-chain request broke a rule (maker-checker, an invoice not confirmed or already financed,
 * a hub that does not support new lending, a payment that cannot be applied). Rolls back the whole
 * transaction: nothing of the request is kept.
 */
@ApplicationException(rollback = true)
public class SupplyChainRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SupplyChainRefusedException(String message) {
        super(message);
    }
}
