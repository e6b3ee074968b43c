package com.microcredit.origination.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that breaks a business rule, with the field it concerns so a form can show the message next
 * to that field. A refusal with a code (bundle key {@code refusal.<code>} and its arguments) is
 * rendered in the reader's language; one without a code carries an English text only. Rolls the
 * transaction back.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;
    private final List<String> arguments;

    public InvalidInputException(String field, String message) {
        this(field, null, List.of(), message);
    }

    private InvalidInputException(
            String field, String code, List<String> arguments, String message) {
        super(message);
        this.field = field;
        this.code = code;
        this.arguments = List.copyOf(arguments);
    }

    /** A refusal by code with its arguments; the message (for logs) is the code and arguments. */
    public static InvalidInputException coded(String field, String code, List<String> arguments) {
        return new InvalidInputException(
                field,
                code,
                arguments,
                field + ": " + code + (arguments.isEmpty() ? "" : " " + arguments));
    }

    /** Same, with the arguments given one by one. */
    public static InvalidInputException coded(String field, String code, Object... arguments) {
        return coded(field, code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public String field() {
        return field;
    }

    /** The refusal code, or null for a refusal with an English text only. */
    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
