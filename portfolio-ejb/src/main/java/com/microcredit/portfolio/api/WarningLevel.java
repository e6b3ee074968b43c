package com.microcredit.portfolio.api;

/** Severity of an early-warning signal, in rising order. */
public enum WarningLevel {
    GREEN,
    YELLOW,
    ORANGE,
    RED
}
