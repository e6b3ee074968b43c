package com.microcredit.portfolio.domain.warning;

/** Lifecycle of a warning signal: open, acknowledged by its owner, under action, closed. */
public enum SignalStatus {
    OPEN,
    ACKNOWLEDGED,
    IN_ACTION,
    CLOSED;

    public boolean isClosed() {
        return this == CLOSED;
    }
}
