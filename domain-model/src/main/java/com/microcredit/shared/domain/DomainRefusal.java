package com.microcredit.shared.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A step a domain rule refuses as a whole (no single input field), as a code with arguments (bundle
 * key {@code refusal.<code>} in web-ui): the one maker-checker's {@code ApprovalRefusal}, an
 * application's {@code ApplicationStateException}, a financing's {@code FinancingRefusedException}.
 * The message is the code and arguments, never a sentence; application services pass code and
 * arguments on in their API's refusal. A refused field is a {@link FieldRefusal}.
 */
public abstract class DomainRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> arguments;

    protected DomainRefusal(String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** The refusal code, e.g. {@code APPROVAL_SAME_PERSON}. */
    public final String code() {
        return code;
    }

    /** The code's arguments, in order. */
    public final List<String> arguments() {
        return arguments;
    }
}
