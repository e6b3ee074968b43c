package com.microcredit.portfolio.domain.warning;

/** Severity of a warning signal, in rising order: green (watch), yellow, orange, red (act now). */
public enum SignalLevel {
    GREEN,
    YELLOW,
    ORANGE,
    RED;

    /** The more severe of this level and the other. */
    public SignalLevel max(SignalLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
