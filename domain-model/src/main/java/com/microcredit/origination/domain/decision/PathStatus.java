package com.microcredit.origination.domain.decision;

public enum PathStatus {
    /** The path supplied sufficient information; its evidence says what. */
    AVAILABLE,
    /** The path could not supply sufficient information; the reason says why. */
    INSUFFICIENT
}
