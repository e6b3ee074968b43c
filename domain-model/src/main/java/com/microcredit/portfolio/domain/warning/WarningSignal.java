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
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An early-warning signal on a borrower, or on one of the borrower's loans: which indicator fired,
 * how severe, on what evidence, and where it stands.
 *
 * <p>Invariants: at most one signal that is not closed per borrower, loan and indicator (the {@code
 * openKey} column is unique and cleared on closing); raising the same indicator again while the
 * signal is open never creates a second signal, it records the sighting, keeps the latest evidence
 * and can only raise the level. A closed signal stays closed; a new sighting after closing opens a
 * new signal.
 *
 * <p>Lifecycle: open → acknowledged (the person who acknowledges becomes the owner) → in action
 * (one or more {@link SignalAction}s) → closed. Every signal has an owner role and a due date that
 * depends on its level; a signal still open after its due date is escalated to the owner role's
 * supervisor with a new due date, and its owner is cleared until someone of that role acknowledges.
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

    /**
     * borrower|loan|indicator while not closed, null once closed: the unique key that forbids
     * duplicates.
     */
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

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role", nullable = false, length = 16)
    private OwnerRole ownerRole = OwnerRole.ACCOUNT_MANAGER;

    @Column(name = "owner", length = 64)
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "escalations", nullable = false)
    private int escalations;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Version private long version;

    protected WarningSignal() {}

    /** A new open signal. The indicator is a rule name such as {@code SETTLEMENT_COVERAGE_30D}. */
    public WarningSignal(
            long borrowerId,
            String loanReference,
            String indicator,
            SignalLevel level,
            String evidence,
            String source,
            Instant at) {
        if (borrowerId <= 0) {
            throw new IllegalArgumentException("A warning signal needs a borrower");
        }
        if (loanReference != null && (loanReference.isBlank() || loanReference.length() > 64)) {
            throw new IllegalArgumentException("A loan reference has 1 to 64 characters");
        }
        if (indicator == null || !INDICATOR.matcher(indicator).matches()) {
            throw new IllegalArgumentException(
                    "An indicator is a rule name in capitals (A-Z, 0-9, _), was " + indicator);
        }
        if (source == null || source.isBlank() || source.length() > 48) {
            throw new IllegalArgumentException(
                    "A warning signal names its source in at most 48 characters");
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
        this.ownerRole = OwnerRole.ACCOUNT_MANAGER;
    }

    /**
     * A new open signal due by the response time of its level, counted from the business date it
     * was raised on.
     */
    public WarningSignal(
            long borrowerId,
            String loanReference,
            String indicator,
            SignalLevel level,
            String evidence,
            String source,
            Instant at,
            LocalDate raisedOn,
            ResponseTimes times) {
        this(borrowerId, loanReference, indicator, level, evidence, source, at);
        this.dueOn = times.dueOn(level, raisedOn);
    }

    /**
     * The key that identifies the one open signal of a borrower, loan (may be null) and indicator.
     */
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
            throw new IllegalStateException(
                    "Signal " + id + " is closed; a new sighting opens a new signal");
        }
        SignalLevel before = level;
        level = level.max(Objects.requireNonNull(newLevel, "level"));
        evidence = checkedEvidence(newEvidence);
        lastSeenAt = at.isAfter(lastSeenAt) ? at : lastSeenAt;
        sightings++;
        return level != before;
    }

    /**
     * After a sighting raised the level, the due date moves forward to what the new level allows
     * (never later than it was).
     */
    public void tightenDueDate(LocalDate seenOn, ResponseTimes times) {
        LocalDate candidate = times.dueOn(level, seenOn);
        if (dueOn == null || candidate.isBefore(dueOn)) {
            dueOn = candidate;
        }
    }

    /**
     * The owner role's member takes the signal: it becomes theirs. Only an open signal is
     * acknowledged.
     */
    public void acknowledge(String by, Instant at) {
        if (status != SignalStatus.OPEN) {
            throw new IllegalStateException(
                    "Only an open signal can be acknowledged; signal " + id + " is " + status);
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException(
                    "Acknowledging a signal needs the person who takes it");
        }
        status = SignalStatus.ACKNOWLEDGED;
        owner = by;
        acknowledgedBy = by;
        acknowledgedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Records an action on an acknowledged signal (or one already in action) and puts it in action.
     * Actions on an open signal are refused: someone must own it first.
     */
    public SignalAction act(
            ActionKind kind,
            String note,
            String by,
            Instant at,
            LocalDate today,
            LocalDate actionDueOn) {
        if (status == SignalStatus.OPEN) {
            throw new IllegalStateException(
                    "Signal " + id + " must be acknowledged before an action is taken");
        }
        if (status.isClosed()) {
            throw new IllegalStateException("Signal " + id + " is closed");
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("An action needs the person who takes it");
        }
        if (note == null || note.isBlank() || note.length() > 500) {
            throw new IllegalArgumentException("An action needs a note of at most 500 characters");
        }
        if (actionDueOn != null && actionDueOn.isBefore(today)) {
            throw new IllegalArgumentException(
                    "An action cannot be due in the past (" + actionDueOn + ")");
        }
        status = SignalStatus.IN_ACTION;
        if (owner == null) {
            owner = by;
        }
        return new SignalAction(id, kind, note.strip(), by, at, actionDueOn);
    }

    /** Whether the signal is still not closed after its due date, on the given business date. */
    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && dueOn != null && today.isAfter(dueOn);
    }

    /**
     * Escalates an overdue signal: the supervisor role owns it from now on (no named owner until
     * someone of that role acknowledges), with the escalation response time; the escalation count
     * rises. A signal that is not overdue is left alone. Returns whether it escalated.
     */
    public boolean escalateIfOverdue(LocalDate today, ResponseTimes times) {
        if (!isOverdue(today)) {
            return false;
        }
        ownerRole = ownerRole.supervisor();
        owner = null;
        escalations++;
        dueOn = times.afterEscalation(today);
        if (status == SignalStatus.ACKNOWLEDGED) {
            status = SignalStatus.OPEN;
        }
        return true;
    }

    /**
     * Closes the signal with a note; its key is freed so that a later sighting opens a new signal.
     */
    public void close(String by, String note, Instant at) {
        if (status.isClosed()) {
            throw new IllegalStateException("Signal " + id + " is already closed");
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("Closing a signal needs the person who closes it");
        }
        if (note == null || note.isBlank() || note.length() > 500) {
            throw new IllegalArgumentException(
                    "Closing a signal needs a note of at most 500 characters");
        }
        status = SignalStatus.CLOSED;
        openKey = null;
        closedBy = by;
        closingNote = note.strip();
        closedAt = Objects.requireNonNull(at, "at");
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

    public OwnerRole getOwnerRole() {
        return ownerRole;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getEscalations() {
        return escalations;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
