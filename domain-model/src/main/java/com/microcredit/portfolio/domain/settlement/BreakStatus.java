package com.microcredit.portfolio.domain.settlement;

/** Life of a reconciliation break. */
public enum BreakStatus {
    /** Found and not yet dealt with. */
    OPEN,
    /** Investigated and closed by a person, with a note. */
    RESOLVED,
    /** A later reconciliation no longer finds it (e.g. the missing transaction arrived late). */
    CLEARED,
    /** Core banking restated the day; the break belonged to the replaced report. */
    SUPERSEDED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
