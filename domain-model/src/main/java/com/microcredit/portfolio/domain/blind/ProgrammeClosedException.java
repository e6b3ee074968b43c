package com.microcredit.portfolio.domain.blind;

/**
 * The blind-lending programme does not take this loan (suspended, or above the single-loan cap).
 */
public class ProgrammeClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProgrammeClosedException(String message) {
        super(message);
    }
}
