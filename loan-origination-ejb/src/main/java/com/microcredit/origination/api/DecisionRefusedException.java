package com.microcredit.origination.api;

import com.microcredit.platform.api.CodedRefusal;
import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/**
 * A step the rules forbid: the preparer deciding their own case, approving without information,
 * acting on an application or a scorecard in the wrong state. Concerns no single field. Rolls the
 * transaction back. A {@link CodedRefusal}: a code with arguments, rendered in the reader's
 * language.
 */
@ApplicationException(rollback = true)
public class DecisionRefusedException extends CodedRefusal {
    private static final long serialVersionUID = 1L;

    private DecisionRefusedException(String code, List<?> arguments) {
        super(null, code, arguments);
    }

    /** A refusal by code (bundle key {@code refusal.<code>}) with its arguments. */
    public static DecisionRefusedException coded(String code, List<?> arguments) {
        return new DecisionRefusedException(code, arguments);
    }

    /** Same, with the arguments given one by one. */
    public static DecisionRefusedException coded(String code, Object... arguments) {
        return coded(code, Arrays.asList(arguments));
    }
}
