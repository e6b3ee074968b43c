package com.microcredit.platform.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A request a service refuses, as a code with arguments and the input field it concerns (or none),
 * so that a page or the API renders it in the reader's language (bundle key {@code
 * refusal.<code>}): never an English sentence. The one base of every context API's refusal ({@code
 * ChangeRefusedException}, {@code SupplyChainRefusedException}, {@code DecisionRefusedException},
 * {@code InvalidInputException}); each subclass is an EJB application exception that rolls the
 * transaction back. The message (for logs only) is the field, code and arguments; the refused
 * rule's own exception, when there is one, is the cause. It lives in the platform's API, not in
 * domain-model, because the context APIs and web-ui depend on no {@code domain} package
 * (ModuleBoundariesTest); application services turn the domain's own refusals ({@code
 * FieldRefusal}, {@code ApprovalRefusal}) into one of these.
 */
public abstract class CodedRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;
    private final List<String> arguments;

    /** A refusal of {@code field} (or none) by {@code code}, with the arguments of its text. */
    protected CodedRefusal(String field, String code, Object... arguments) {
        super(
                (field == null ? "" : field + ": ")
                        + code
                        + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /**
     * Keeps the exception of the refused rule as the cause, for the log (its text never reaches the
     * reader); returns this refusal.
     */
    @SuppressWarnings("unchecked") // every refusal returns itself, of its own type
    public final <T extends CodedRefusal> T because(Throwable cause) {
        initCause(cause);
        return (T) this;
    }

    /** The input field (JSON property, form input id) the refusal concerns, or null. */
    public final String field() {
        return field;
    }

    /** The refusal code, e.g. {@code APPROVAL_SAME_PERSON}. */
    public final String code() {
        return code;
    }

    /** The arguments of the code's message. */
    public final List<String> arguments() {
        return arguments;
    }
}
