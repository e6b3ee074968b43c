package com.microcredit.origination.infrastructure.jms;

/**
 * A decision request that can never be decided, with the reason and (where it could be read) its
 * business key.
 */
public class InvalidDecisionRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String businessKey;

    public InvalidDecisionRequestException(String reason, String businessKey) {
        super(reason);
        this.businessKey = businessKey;
    }

    public String businessKey() {
        return businessKey;
    }
}
