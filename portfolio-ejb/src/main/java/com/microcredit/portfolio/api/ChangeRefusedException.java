package com.microcredit.portfolio.api;

import jakarta.ejb.ApplicationException;

/**
 * A proposal or approval broke a rule (dual control, the ceiling formula, utilisation); nothing
 * changed.
 */
@ApplicationException(rollback = true)
public class ChangeRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChangeRefusedException(String message) {
        super(message);
    }
}
