package com.microcredit.shared.domain;

import java.util.List;

/**
 * An identity number that fails its format, check-digit, region or birth-date rule: a code (bundle
 * key {@code refusal.<code>}) with its arguments, and an English message for logs and tests.
 */
public class InvalidIdentityNumberException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> arguments;

    public InvalidIdentityNumberException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
