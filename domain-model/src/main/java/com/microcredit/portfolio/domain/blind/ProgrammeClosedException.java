package com.microcredit.portfolio.domain.blind;

/** The blind-lending programme does not take this loan (suspended, or above the single-loan cap). */
public class ProgrammeClosedException extends RuntimeException {
    public ProgrammeClosedException(String message) {
        super(message);
    }
}
