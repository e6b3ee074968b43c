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

/**
 * One action taken on a warning signal: what, by whom, when, with a note and an optional due date;
 * done once with who completed it. Created only through {@link WarningSignal#act}.
 */
@Entity
@Table(name = "signal_action")
public class SignalAction {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "signal_id", nullable = false)
    private Long signalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_kind", nullable = false, length = 24)
    private ActionKind kind;

    @Column(nullable = false, length = 500)
    private String note;

    @Column(name = "taken_by", nullable = false, length = 64)
    private String takenBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "completed_by", length = 64)
    private String completedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version private long version;

    protected SignalAction() {}

    SignalAction(
            Long signalId,
            ActionKind kind,
            String note,
            String takenBy,
            Instant takenAt,
            LocalDate dueOn) {
        this.signalId = signalId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.note = note;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
        this.dueOn = dueOn;
    }

    /** Records that the action was carried out; once only. */
    public void complete(String by, Instant at) {
        if (completedAt != null) {
            throw new IllegalStateException(
                    "Action " + id + " was already completed by " + completedBy);
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException(
                    "Completing an action needs the person who completed it");
        }
        completedBy = by;
        completedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Long getSignalId() {
        return signalId;
    }

    public ActionKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
