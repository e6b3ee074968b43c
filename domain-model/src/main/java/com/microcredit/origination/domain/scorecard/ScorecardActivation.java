package com.microcredit.origination.domain.scorecard;

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

/**
 * Maker-checker on putting a scorecard to work: one risk manager proposes it as champion or
 * challenger with a reason, a different one approves or rejects it, once. Neither the proposer nor
 * the person who trained the card may approve it (the checker must be independent of the model's
 * maker). Who may propose or decide (the role) is the caller's concern.
 */
@Entity
@Table(name = "scorecard_activation")
public class ScorecardActivation {

    public enum Status {
        PROPOSED,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "scorecard_id", nullable = false)
    private Long scorecardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_role", nullable = false, length = 16)
    private ActivationRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Version private long version;

    protected ScorecardActivation() {}

    public ScorecardActivation(
            long scorecardId, ActivationRole role, String reason, String proposedBy, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new ScorecardActivationException("An activation needs a reason");
        }
        if (reason.length() > 500) {
            throw new ScorecardActivationException("The reason may have at most 500 characters");
        }
        this.scorecardId = scorecardId;
        this.role = Objects.requireNonNull(role, "role");
        this.status = Status.PROPOSED;
        this.reason = reason.strip();
        this.proposedBy = Objects.requireNonNull(proposedBy);
        this.proposedAt = Objects.requireNonNull(at);
    }

    /**
     * The checker approves; refused to the proposer and to the card's trainer, and once decided.
     */
    public void approve(String checker, String trainedBy, Instant at, String note) {
        requirePending();
        if (checker.equals(proposedBy)) {
            throw new ScorecardActivationException(
                    "Maker-checker: "
                            + checker
                            + " proposed this activation and cannot approve it");
        }
        if (checker.equals(trainedBy)) {
            throw new ScorecardActivationException(
                    "Maker-checker: "
                            + checker
                            + " trained this scorecard and cannot approve its activation");
        }
        decide(Status.APPROVED, checker, at, note);
    }

    /** Rejected by a checker, or withdrawn by the proposer. */
    public void reject(String checker, Instant at, String note) {
        requirePending();
        decide(Status.REJECTED, checker, at, note);
    }

    private void requirePending() {
        if (status != Status.PROPOSED) {
            throw new ScorecardActivationException(
                    "This activation was already " + status.name().toLowerCase());
        }
    }

    private void decide(Status outcome, String checker, Instant at, String note) {
        this.status = outcome;
        this.decidedBy = checker;
        this.decidedAt = Objects.requireNonNull(at);
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getScorecardId() {
        return scorecardId;
    }

    public ActivationRole getRole() {
        return role;
    }

    public Status getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
