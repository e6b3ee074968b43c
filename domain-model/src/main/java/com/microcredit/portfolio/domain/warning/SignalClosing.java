package com.microcredit.portfolio.domain.warning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** Who closed a {@link WarningSignal}, when, and why. Part of the signal's row. */
@Embeddable
public class SignalClosing {

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closing_note", length = 500)
    private String closingNote;

    protected SignalClosing() {}

    /** A closing by a person, with a note of at most 500 characters. */
    static SignalClosing of(String by, String note, Instant at) {
        SignalFacts.requirePersonAndNote(
                by,
                note,
                "Closing a signal needs the person who closes it",
                "Closing a signal needs a note of at most 500 characters");
        SignalClosing c = new SignalClosing();
        c.closedBy = by;
        c.closingNote = note.strip();
        c.closedAt = Objects.requireNonNull(at, "at");
        return c;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getClosingNote() {
        return closingNote;
    }
}
