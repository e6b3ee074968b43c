package com.microcredit.origination.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A step the rules forbid: the preparer deciding their own case, approving without information,
 * acting on an application in the wrong state. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class DecisionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> arguments;

    public DecisionRefusedException(String code, String message) {
        this(code, List.of(), message);
    }

    private DecisionRefusedException(String code, List<String> arguments, String message) {
        super(message);
        this.code = code;
        this.arguments = List.copyOf(arguments);
    }

    /**
     * A refusal whose code is rendered by the bundles (key {@code refusal.<code>}) with its
     * arguments; the message (for logs) is the code and arguments.
     */
    public static DecisionRefusedException coded(String code, List<String> arguments) {
        return new DecisionRefusedException(
                code, arguments, code + (arguments.isEmpty() ? "" : " " + arguments));
    }

    public String code() {
        return code;
    }

    /** The arguments of a coded refusal; empty for one with an English text. */
    public List<String> arguments() {
        return arguments;
    }
}
