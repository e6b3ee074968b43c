package com.microcredit.portfolio.api;

import jakarta.ejb.ApplicationException;

/**
 * A limit could not be defined or a reservation was refused. Rolls back the caller's whole
 * transaction: an approval never outlives a failed reservation.
 */
@ApplicationException(rollback = true)
public class LimitRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LimitRefusedException(String message) {
        super(message);
    }
}
