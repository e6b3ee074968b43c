package com.microcredit.platform.api;

/**
 * A message that can never be applied, with the reason and (where it could be read) its business
 * key.
 */
public class InvalidMessageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String businessKey;

    public InvalidMessageException(String reason, String businessKey) {
        super(reason);
        this.businessKey = businessKey;
    }

    public String businessKey() {
        return businessKey;
    }
}
