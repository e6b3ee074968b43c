package com.microcredit.portfolio.api;

import com.microcredit.platform.api.CodedRefusal;
import jakarta.ejb.ApplicationException;

/**
 * A proposal, approval or step of the portfolio broke a rule (dual control, the ceiling formula,
 * utilisation, a signal's lifecycle); nothing changed. A {@link CodedRefusal}: a code with
 * arguments, rendered in the reader's language.
 */
@ApplicationException(rollback = true)
public class ChangeRefusedException extends CodedRefusal {
    private static final long serialVersionUID = 1L;

    /**
     * A refusal by code (bundle key {@code refusal.<code>}) with its arguments, and the input field
     * it concerns or null.
     */
    public ChangeRefusedException(String field, String code, Object... arguments) {
        super(field, code, arguments);
    }
}
