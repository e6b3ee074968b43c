package com.microcredit.origination.domain.loan;

/** The person who prepared a case tried to decide it. */
public class MakerCheckerException extends RuntimeException {
    public MakerCheckerException(String message) {
        super(message);
    }
}
