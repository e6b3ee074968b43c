package com.microcredit.protection.api;

import jakarta.ejb.ApplicationException;

/**
 * A data-protection operation refused by its rules (e.g. acknowledging one's own alert); nothing
 * was changed.
 */
@ApplicationException(rollback = true)
public class ProtectionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProtectionRefusedException(String message) {
        super(message);
    }
}
