package com.microcredit.supplychain.domain.financing;

import com.microcredit.shared.domain.DomainRefusal;

/**
 * An invoice cannot be financed (not confirmed, not an invoice, rate out of range) or a payment
 * cannot be applied: a code with arguments (rendered through web-ui's bundles, key {@code
 * refusal.<code>}); the message is the code and arguments, for logs.
 */
public class FinancingRefusedException extends DomainRefusal {
    private static final long serialVersionUID = 1L;

    public FinancingRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
