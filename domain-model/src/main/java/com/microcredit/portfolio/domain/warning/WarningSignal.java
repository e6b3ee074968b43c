package com.microcredit.portfolio.domain.warning;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Optional;

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

    static final int EVIDENCE_LENGTH = SignalFacts.EVIDENCE_LENGTH;

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

    /** Null while the signal is not closed. */
    @Embedded private SignalClosing closing;

    @Embedded private SignalOwnership ownership = SignalOwnership.initial(null);

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
        SignalFacts.requireSubject(borrowerId, loanReference, indicator, source);
        this.borrowerId = borrowerId;
        this.loanReference = loanReference;
        this.indicator = indicator;
        this.level = Objects.requireNonNull(level, "level");
        this.evidence = SignalFacts.checkedEvidence(evidence);
        this.source = source.strip();
        this.status = SignalStatus.OPEN;
        this.openKey = openKey(borrowerId, loanReference, indicator);
        this.raisedAt = Objects.requireNonNull(at, "at");
        this.lastSeenAt = at;
        this.sightings = 1;
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
        this.ownership = SignalOwnership.initial(times.dueOn(level, raisedOn));
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
        evidence = SignalFacts.checkedEvidence(newEvidence);
        lastSeenAt = at.isAfter(lastSeenAt) ? at : lastSeenAt;
        sightings++;
        return level != before;
    }

    /**
     * After a sighting raised the level, the due date moves forward to what the new level allows
     * (never later than it was).
     */
    public void tightenDueDate(LocalDate seenOn, ResponseTimes times) {
        ownership.tighten(level, seenOn, times);
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
        ownership.acknowledge(by, at);
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
        SignalFacts.requireAction(by, note, today, actionDueOn);
        status = SignalStatus.IN_ACTION;
        ownership.takeIfUnowned(by);
        return new SignalAction(id, kind, note.strip(), by, at, actionDueOn);
    }

    /** Whether the signal is still not closed after its due date, on the given business date. */
    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && ownership.isPastDue(today);
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
        ownership.escalate(today, times);
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
        closing = SignalClosing.of(by, note, at);
        status = SignalStatus.CLOSED;
        openKey = null;
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

    /** Who closed the signal, when and why; empty while it is not closed. */
    public Optional<SignalClosing> closing() {
        return Optional.ofNullable(closing);
    }

    /** Owner role, owner, due date and escalations. */
    public SignalOwnership ownership() {
        return ownership;
    }
}
