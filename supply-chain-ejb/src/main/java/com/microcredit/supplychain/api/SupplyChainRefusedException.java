package com.microcredit.supplychain.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A supply-chain request broke a rule (maker-checker, an invoice not confirmed or already financed,
 * a hub that does not support new lending, a payment that cannot be applied). Rolls back the whole
 * transaction: nothing of the request is kept. A refusal by the domain carries its code and
 * arguments, rendered in the reader's language.
 */
@ApplicationException(rollback = true)
public class SupplyChainRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;
    private final List<String> arguments;

    public SupplyChainRefusedException(String message) {
        this(null, null, List.of(), message);
    }

    private SupplyChainRefusedException(
            String field, String code, List<String> arguments, String message) {
        super(message);
        this.field = field;
        this.code = code;
        this.arguments = List.copyOf(arguments);
    }

    /**
     * A refusal by code (bundle key {@code refusal.<code>}) with its arguments, and the input field
     * it concerns or null; the message (for logs) is the code and arguments.
     */
    public static SupplyChainRefusedException coded(
            String field, String code, List<String> arguments) {
        return new SupplyChainRefusedException(
                field,
                code,
                arguments,
                (field == null ? "" : field + ": ")
                        + code
                        + (arguments.isEmpty() ? "" : " " + arguments));
    }

    /** The input field the refusal concerns, or null. */
    public String field() {
        return field;
    }

    /** The refusal code (e.g. APPROVAL_SAME_PERSON), or null for a refusal with an English text. */
    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
