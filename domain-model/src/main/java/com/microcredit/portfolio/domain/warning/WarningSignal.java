package com.microcredit.portfolio.domain.warning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An early-warning signal on a borrower, or on one of the borrower's loans: which indicator fired,
 * how severe, on what evidence, and where it stands.
 *
 * <p>Invariants: at most one signal that is not closed per borrower, loan and indicator (the
 * {@code openKey} column is unique and cleared on closing); raising the same indicator again
 * while the signal is open never creates a second signal, it records the sighting, keeps the
 * latest evidence and can only raise the level. A closed signal stays closed; a new sighting
 * after closing opens a new signal.
 */
@Entity
@Table(name = "warning_signal")
public class WarningSignal {

    static final int EVIDENCE_LENGTH = 2000;
    private static final Pattern INDICATOR = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "borrower_id", nullable = false)
    private long borrowerId;

    @Column(name = "loan_reference", length = 64)
    private String loanReference;

    @Column(name = "indicator_code", nullable = false, length = 48)
    private String indicator;

    @Enumerated(EnumType.STRING)
    @Column(name = "signal_level", nullable = false, length = 8)
    private SignalLevel level;

    @Column(nullable = false, length = EVIDENCE_LENGTH)
    private String evidence;

    @Column(name = "raised_by_source", nullable = false, length = 48)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SignalStatus status;

    /** borrower|loan|indicator while not closed, null once closed: the unique key that forbids duplicates. */
    @Column(name = "open_key", length = 160, unique = true)
    private String openKey;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "sightings", nullable = false)
    private int sightings;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closing_note", length = 500)
    private String closingNote;

    @Version
    private long version;

    protected WarningSignal() {
    }

    /** A new open signal. The indicator is a rule name such as {@code SETTLEMENT_COVERAGE_30D}. */
    public WarningSignal(long borrowerId, String loanReference, String indicator, SignalLevel level, String evidence,
            String source, Instant at) {
        if (borrowerId <= 0) {
            throw new IllegalArgumentException("A warning signal needs a borrower");
        }
        if (loanReference != null && (loanReference.isBlank() || loanReference.length() > 64)) {
            throw new IllegalArgumentException("A loan reference has 1 to 64 characters");
        }
        if (indicator == null || !INDICATOR.matcher(indicator).matches()) {
            throw new IllegalArgumentException("An indicator is a rule name in capitals (A-Z, 0-9, _), was " + indicator);
        }
        if (source == null || source.isBlank() || source.length() > 48) {
            throw new IllegalArgumentException("A warning signal names its source in at most 48 characters");
        }
        this.borrowerId = borrowerId;
        this.loanReference = loanReference;
        this.indicator = indicator;
        this.level = Objects.requireNonNull(level, "level");
        this.evidence = checkedEvidence(evidence);
        this.source = source.strip();
        this.status = SignalStatus.OPEN;
        this.openKey = openKey(borrowerId, loanReference, indicator);
        this.raisedAt = Objects.requireNonNull(at, "at");
        this.lastSeenAt = at;
        this.sightings = 1;
    }

    /** The key that identifies the one open signal of a borrower, loan (may be null) and indicator. */
    public static String openKey(long borrowerId, String loanReference, String indicator) {
        return borrowerId + "|" + (loanReference == null ? "" : loanReference) + "|" + indicator;
    }

    /**
     * The indicator fired again while this signal is open: the latest evidence replaces the old,
     * the level rises if the new one is more severe and never falls here (only closing and a new
     * signal can lower it). Returns whether the level rose.
     */
    public boolean seenAgain(SignalLevel newLevel, String newEvidence, Instant at) {
        if (status.isClosed()) {
            throw new IllegalStateException("Signal " + id + " is closed; a new sighting opens a new signal");
        }
        SignalLevel before = level;
        level = level.max(Objects.requireNonNull(newLevel, "level"));
        evidence = checkedEvidence(newEvidence);
        lastSeenAt = at.isAfter(lastSeenAt) ? at : lastSeenAt;
        sightings++;
        return level != before;
    }

    /** Closes the signal with a note; its key is freed so that a later sighting opens a new signal. */
    public void close(String by, String note, Instant at) {
        if (status.isClosed()) {
            throw new IllegalStateException("Signal " + id + " is already closed");
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("Closing a signal needs the person who closes it");
        }
        if (note == null || note.isBlank() || note.length() > 500) {
            throw new IllegalArgumentException("Closing a signal needs a note of at most 500 characters");
        }
        status = SignalStatus.CLOSED;
        openKey = null;
        closedBy = by;
        closingNote = note.strip();
        closedAt = Objects.requireNonNull(at, "at");
    }

    /** Moves an open signal along its lifecycle (acknowledged, in action); closing goes through {@link #close}. */
    public void moveTo(SignalStatus next) {
        if (next == SignalStatus.CLOSED || next == SignalStatus.OPEN || status.isClosed()
                || next.ordinal() < status.ordinal()) {
            throw new IllegalStateException("A signal " + status + " cannot move to " + next);
        }
        status = next;
    }

    private static String checkedEvidence(String evidence) {
        if (evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("A warning signal states its evidence");
        }
        String e = evidence.strip();
        return e.length() <= EVIDENCE_LENGTH ? e : e.substring(0, EVIDENCE_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getBorrowerId() {
        return borrowerId;
    }

    public String getLoanReference() {
        return loanReference;
    }

    public String getIndicator() {
        return indicator;
    }

    public SignalLevel getLevel() {
        return level;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getSource() {
        return source;
    }

    public SignalStatus getStatus() {
        return status;
    }

    public String getOpenKey() {
        return openKey;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public int getSightings() {
        return sightings;
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
