package com.microcredit.origination.domain.scorecard;

import com.microcredit.shared.domain.approval.MakerChecker;
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
import java.util.Objects;

/**
 * Maker-checker on putting a scorecard to work: one risk manager proposes it as champion or
 * challenger with a reason, a different one approves or rejects it, once. Neither the proposer nor
 * the person who trained the card may approve it (the checker must be independent of the model's
 * maker), under the one {@link MakerChecker}. Who may propose or decide (the role) is the caller's
 * concern.
 */
@Entity
@Table(name = "scorecard_activation")
public class ScorecardActivation {

    /** Column size of the reason (characters). */
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "scorecard_id", nullable = false)
    private Long scorecardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_role", nullable = false, length = 16)
    private ActivationRole role;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Embedded private MakerChecker approval;

    @Version private long version;

    protected ScorecardActivation() {}

    public ScorecardActivation(
            long scorecardId, ActivationRole role, String reason, String proposedBy, Instant at) {
        this.reason = MakerChecker.reason(reason, REASON_MAX);
        this.scorecardId = scorecardId;
        this.role = Objects.requireNonNull(role, "role");
        this.approval = MakerChecker.propose(proposedBy, at);
    }

    /**
     * The checker approves; refused to the proposer and to the card's trainer, and once decided.
     */
    public void approve(String checker, String trainedBy, Instant at, String note) {
        approval.approve(checker, at, note, trainedBy);
    }

    /** Rejected by a checker, or withdrawn by the proposer. */
    public void reject(String checker, Instant at, String note) {
        approval.rejectOrWithdraw(checker, at, note);
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

    /** Who proposed, who decided, and where the activation stands. */
    public MakerChecker approval() {
        return approval;
    }

    public String getReason() {
        return reason;
    }
}
