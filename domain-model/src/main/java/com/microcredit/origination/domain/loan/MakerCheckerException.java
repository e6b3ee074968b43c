package com.microcredit.origination.domain.loan;

/** The person who prepared a case tried to decide it. */
public class MakerCheckerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MakerCheckerException(String message) {
        super(message);
    }
}
