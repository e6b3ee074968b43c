package com.microcredit.portfolio.infrastructure.batch;

/**
 * A loan changed under the nightly run's chunk (a repayment, a downgrade): the chunk is retried
 * whole.
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
