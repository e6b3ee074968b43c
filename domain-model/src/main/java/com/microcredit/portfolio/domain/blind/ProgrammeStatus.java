package com.microcredit.portfolio.domain.blind;

/** Whether the blind-lending programme takes new loans. */
public enum ProgrammeStatus {
    /** New loans may be reserved against the ceiling. */
    OPEN,
    /**
     * Stopped because the realised default rate exceeded the assumption; only a recalibration
     * reopens it.
     */
    SUSPENDED
}
