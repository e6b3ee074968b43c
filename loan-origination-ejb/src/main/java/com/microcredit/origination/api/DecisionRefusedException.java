package com.microcredit.origination.api;

import com.microcredit.platform.api.CodedRefusal;
import jakarta.ejb.ApplicationException;

/**
 * A step the rules forbid: the preparer deciding their own case, approving without information,
 * acting on an application or a scorecard in the wrong state. Concerns no single field. Rolls the
 * transaction back. A {@link CodedRefusal}: a code with arguments, rendered in the reader's
 * language.
 */
@ApplicationException(rollback = true)
public class DecisionRefusedException extends CodedRefusal {
    private static final long serialVersionUID = 1L;

    /** A refusal by code (bundle key {@code refusal.<code>}) with its arguments. */
    public DecisionRefusedException(String code, Object... arguments) {
        super(null, code, arguments);
    }
}
