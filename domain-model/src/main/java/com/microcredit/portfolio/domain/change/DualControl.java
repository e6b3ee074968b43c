package com.microcredit.portfolio.domain.change;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * Maker-checker on a proposed change: one authorised person proposes with a reason, a different
 * authorised person approves or rejects it, once. Who may propose or decide is the caller's concern
 * (roles); that the two are different people is enforced here, whatever the caller.
 */
@Embeddable
public class DualControl {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ChangeStatus status;

    @Column(name = "reason", nullable = false, length = 500)
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

    protected DualControl() {}

    private DualControl(ChangeStatus status, String reason, String proposedBy, Instant proposedAt) {
        if (reason == null || reason.isBlank()) {
            throw new DualControlException("A change needs a reason");
        }
        if (proposedBy == null || proposedBy.isBlank()) {
            throw new DualControlException("A change needs an identified proposer");
        }
        this.status = status;
        this.reason = reason.strip();
        this.proposedBy = proposedBy;
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
    }

    public static DualControl proposed(String reason, String proposedBy, Instant at) {
        return new DualControl(ChangeStatus.PROPOSED, reason, proposedBy, at);
    }

    /**
     * A change made by the system itself (e.g. a hub's chain limit at onboarding), recorded for the
     * audit trail.
     */
    public static DualControl applied(String reason, String by, Instant at) {
        DualControl d = new DualControl(ChangeStatus.APPLIED, reason, by, at);
        d.decidedBy = by;
        d.decidedAt = at;
        return d;
    }

    /** The checker approves. Refused for the proposer, and for a change already decided. */
    public void approve(String approver, Instant at, String note) {
        decide(approver, at, note, ChangeStatus.APPROVED);
    }

    /** The checker (or the proposer, withdrawing) rejects; a decided change stays decided. */
    public void reject(String checker, Instant at, String note) {
        decide(checker, at, note, ChangeStatus.REJECTED);
    }

    private void decide(String checker, Instant at, String note, ChangeStatus outcome) {
        if (status != ChangeStatus.PROPOSED) {
            throw new DualControlException(
                    "This change was already " + status.name().toLowerCase());
        }
        if (checker == null || checker.isBlank()) {
            throw new DualControlException("A decision needs an identified checker");
        }
        if (outcome == ChangeStatus.APPROVED && checker.equals(proposedBy)) {
            throw new DualControlException(
                    "Dual control: " + checker + " proposed this change and cannot approve it");
        }
        this.status = outcome;
        this.decidedBy = checker;
        this.decidedAt = Objects.requireNonNull(at, "at");
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean isPending() {
        return status == ChangeStatus.PROPOSED;
    }

    public ChangeStatus getStatus() {
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
