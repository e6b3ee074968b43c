package com.microcredit.shared.domain;

import java.util.List;

/**
 * A value refused by a domain rule, as a code with arguments and the input field it concerns, so
 * that a page or the API renders it in the reader's language next to that field (bundle key {@code
 * refusal.<code>}). The exception message is the code and arguments, never the refused value.
 */
public class FieldRefusal extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;
    private final List<String> arguments;

    public FieldRefusal(String field, String code, Object... arguments) {
        super(field + ": " + code + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.field = field;
        this.code = code;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** The input field (JSON property, form input id) the refusal concerns. */
    public String field() {
        return field;
    }

    /** The refusal code, e.g. {@code TOO_LONG}. */
    public String code() {
        return code;
    }

    /** The arguments of the code's message, e.g. the maximum length. */
    public List<String> arguments() {
        return arguments;
    }
}
