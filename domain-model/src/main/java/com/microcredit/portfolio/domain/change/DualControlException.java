package com.microcredit.portfolio.domain.change;

/** A proposal or decision that breaks the maker-checker rule; nothing changed. */
public class DualControlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DualControlException(String message) {
        super(message);
    }
}
