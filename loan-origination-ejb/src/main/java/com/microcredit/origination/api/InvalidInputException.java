package com.microcredit.origination.api;

import jakarta.ejb.ApplicationException;

/**
 * Input that breaks a business rule, with the field it concerns so a form can show the message next
 * to that field. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
