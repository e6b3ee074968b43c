package com.microcredit.origination.api;

import com.microcredit.platform.api.CodedRefusal;
import jakarta.ejb.ApplicationException;

/**
 * Input that breaks a business rule, with the field it concerns so a form can show the refusal next
 * to that field. Rolls the transaction back. A {@link CodedRefusal}: a code with arguments,
 * rendered in the reader's language.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends CodedRefusal {
    private static final long serialVersionUID = 1L;

    /**
     * A refusal by code (bundle key {@code refusal.<code>}) with its arguments, and the input field
     * it concerns or null.
     */
    public InvalidInputException(String field, String code, Object... arguments) {
        super(field, code, arguments);
    }
}
