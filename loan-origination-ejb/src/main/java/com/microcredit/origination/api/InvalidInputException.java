package com.microcredit.origination.api;

import com.microcredit.platform.api.CodedRefusal;
import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/**
 * Input that breaks a business rule, with the field it concerns so a form can show the refusal next
 * to that field. Rolls the transaction back. A {@link CodedRefusal}: a code with arguments,
 * rendered in the reader's language.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends CodedRefusal {
    private static final long serialVersionUID = 1L;

    private InvalidInputException(String field, String code, List<?> arguments) {
        super(field, code, arguments);
    }

    /**
     * A refusal by code (bundle key {@code refusal.<code>}) with its arguments, and the input field
     * it concerns or null.
     */
    public static InvalidInputException coded(String field, String code, List<?> arguments) {
        return new InvalidInputException(field, code, arguments);
    }

    /** Same, with the arguments given one by one. */
    public static InvalidInputException coded(String field, String code, Object... arguments) {
        return coded(field, code, Arrays.asList(arguments));
    }
}
