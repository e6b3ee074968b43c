package com.microcredit.supplychain.domain.financing;

import java.util.Arrays;
import java.util.List;

/**
 * An invoice cannot be financed (not confirmed, not an invoice, rate out of range) or a payment
 * cannot be applied: a code with arguments (rendered through web-ui's bundles, key {@code
 * refusal.<code>}); the message is the code and arguments, for logs.
 */
public class FinancingRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> arguments;

    public FinancingRefusedException(String code, Object... arguments) {
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
