package com.microcredit.portfolio.api;

import com.microcredit.platform.api.CodedRefusal;
import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/**
 * A proposal, approval or step of the portfolio broke a rule (dual control, the ceiling formula,
 * utilisation, a signal's lifecycle); nothing changed. A {@link CodedRefusal}: a code with
 * arguments, rendered in the reader's language.
 */
@ApplicationException(rollback = true)
public class ChangeRefusedException extends CodedRefusal {
    private static final long serialVersionUID = 1L;

    private ChangeRefusedException(String field, String code, List<?> arguments) {
        super(field, code, arguments);
    }

    /**
     * A refusal by code (bundle key {@code refusal.<code>}) with its arguments, and the input field
     * it concerns or null.
     */
    public static ChangeRefusedException coded(String field, String code, List<?> arguments) {
        return new ChangeRefusedException(field, code, arguments);
    }

    /** Same, with the arguments given one by one. */
    public static ChangeRefusedException coded(String field, String code, Object... arguments) {
        return coded(field, code, Arrays.asList(arguments));
    }
}
