package com.microcredit.origination.domain.loan;

/** A step asked of an application in a state that does not allow it. */
public class ApplicationStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    public ApplicationStateException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
