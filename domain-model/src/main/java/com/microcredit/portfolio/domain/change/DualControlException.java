package com.microcredit.portfolio.domain.change;

/** A proposal or decision that breaks the maker-checker rule; nothing changed. */
public class DualControlException extends RuntimeException {
    public DualControlException(String message) {
        super(message);
    }
}
