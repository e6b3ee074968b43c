package com.microcredit.protection.api;

/**
 * Whether a sign-in may go to the user registry: ALLOWED, LOCKED (until a time) or WEAK_PASSWORD.
 */
public record LoginVerdict(String outcome, String message) {

    public static final String ALLOWED = "ALLOWED";
    public static final String LOCKED = "LOCKED";
    public static final String WEAK_PASSWORD = "WEAK_PASSWORD";

    public boolean allowed() {
        return ALLOWED.equals(outcome);
    }
}
