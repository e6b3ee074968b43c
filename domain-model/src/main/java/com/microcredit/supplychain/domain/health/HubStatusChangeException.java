package com.microcredit.supplychain.domain.health;

/**
 * A hub status change broke a rule: no reason, the maker approving their own change, a change
 * already decided.
 */
public class HubStatusChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HubStatusChangeException(String message) {
        super(message);
    }
}
