package com.microcredit.shared.domain;

/** An identity number that fails its format or check-digit rule; the message is fit for a form. */
public class InvalidIdentityNumberException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidIdentityNumberException(String message) {
        super(message);
    }
}
