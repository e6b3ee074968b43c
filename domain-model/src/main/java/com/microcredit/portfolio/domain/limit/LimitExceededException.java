package com.microcredit.portfolio.domain.limit;

/** A reservation that would push utilisation past its limit; nothing was reserved. */
public class LimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LimitExceededException(String message) {
        super(message);
    }
}
