package com.microcredit.origination.api;

import jakarta.ejb.ApplicationException;

/**
 * A step the rules forbid: the preparer deciding their own case, approving without information,
 * acting on an application in the wrong state. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class DecisionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    public DecisionRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
