package com.microcredit.origination.domain.loan;

import java.util.Arrays;
import java.util.List;

/**
 * A step asked of an application in a state that does not allow it, as a code with arguments
 * (rendered through the web module's bundles, key {@code refusal.<code>}); the message is the code
 * and arguments, for logs.
 */
public class ApplicationStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> arguments;

    public ApplicationStateException(String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
