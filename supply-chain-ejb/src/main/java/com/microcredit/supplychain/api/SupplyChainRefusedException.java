package com.microcredit.supplychain.api;

import com.microcredit.platform.api.CodedRefusal;
import jakarta.ejb.ApplicationException;

/**
 * A supply-chain request broke a rule (maker-checker, an invoice not confirmed or already financed,
 * a hub that does not support new lending, a payment that cannot be applied). Rolls back the whole
 * transaction: nothing of the request is kept. A {@link CodedRefusal}: a code with arguments,
 * rendered in the reader's language.
 */
@ApplicationException(rollback = true)
public class SupplyChainRefusedException extends CodedRefusal {
    private static final long serialVersionUID = 1L;

    /**
     * A refusal by code (bundle key {@code refusal.<code>}) with its arguments, and the input field
     * it concerns or null.
     */
    public SupplyChainRefusedException(String field, String code, Object... arguments) {
        super(field, code, arguments);
    }
}
