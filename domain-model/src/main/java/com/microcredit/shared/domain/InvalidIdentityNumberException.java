package com.microcredit.shared.domain;

/** An identity number that fails its format or check-digit rule; the message is fit for a form. */
public class InvalidIdentityNumberException extends IllegalArgumentException {
    public InvalidIdentityNumberException(String message) {
        super(message);
    }
}
