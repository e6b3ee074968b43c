package com.microcredit.supplychain.domain.health;

import com.microcredit.supplychain.domain.hub.HubEnterprise;
import com.microcredit.supplychain.domain.hub.HubStatus;
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
 * A change of a hub's health status and its audit record: from which status to which, why, who
 * proposed and who decided.
 *
 * <p>Rules: a reading of indicators that implies a worse status downgrades the hub at once (source
 * INDICATORS, applied by whoever recorded the reading); indicators never upgrade a hub. Any manual
 * change – upgrade or downgrade – is proposed with a reason by one person and applied only when a
 * different person approves it (maker-checker); the approval is refused if the hub's status moved
 * since the proposal, and a decided change stays decided.
 */
@Entity
@Table(name = "hub_status_change")
public class HubStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "hub_id", nullable = false)
    private Long hubId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 16)
    private HubStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private HubStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StatusChangeSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StatusChangeState state;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "reading_id")
    private Long readingId;

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

    protected HubStatusChange() {}

    private HubStatusChange(
            HubEnterprise hub,
            HubStatus to,
            StatusChangeSource source,
            String reason,
            String by,
            Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new HubStatusChangeException("A hub status change needs a reason");
        }
        if (by == null || by.isBlank()) {
            throw new HubStatusChangeException("A hub status change needs an identified proposer");
        }
        this.hubId = hub.getId();
        this.fromStatus = hub.getStatus();
        this.toStatus = Objects.requireNonNull(to, "the new status");
        this.source = source;
        this.reason = truncate(reason.strip());
        this.proposedBy = by;
        this.proposedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * The downgrade a reading of indicators implies, applied to the hub at once; null when the
     * assessment is not worse than the hub's status (indicators never upgrade).
     */
    public static HubStatusChange fromIndicators(
            HubEnterprise hub, HealthAssessment assessment, Long readingId, String by, Instant at) {
        if (assessment.status().ordinal() <= hub.getStatus().ordinal()) {
            return null;
        }
        HubStatusChange change =
                new HubStatusChange(
                        hub,
                        assessment.status(),
                        StatusChangeSource.INDICATORS,
                        "Indicators: " + assessment.reason(),
                        by,
                        at);
        change.readingId = readingId;
        change.state = StatusChangeState.APPLIED;
        change.decidedBy = by;
        change.decidedAt = at;
        hub.changeStatus(change.toStatus, change.reason, at);
        return change;
    }

    /**
     * A person proposes a new status with a reason; nothing changes until a second person approves.
     */
    public static HubStatusChange propose(
            HubEnterprise hub, HubStatus to, String reason, String by, Instant at) {
        if (to == hub.getStatus()) {
            throw new HubStatusChangeException("The hub is already " + to);
        }
        HubStatusChange change =
                new HubStatusChange(hub, to, StatusChangeSource.MANUAL, reason, by, at);
        change.state = StatusChangeState.PROPOSED;
        return change;
    }

    /** A different person approves: the hub takes the new status now. */
    public void approve(HubEnterprise hub, String checker, String note, Instant at) {
        requirePending();
        requireChecker(checker);
        if (checker.equals(proposedBy)) {
            throw new HubStatusChangeException(
                    "Maker-checker: " + checker + " proposed this change and cannot approve it");
        }
        if (!Objects.equals(hub.getId(), hubId)) {
            throw new IllegalArgumentException("This change is for hub " + hubId);
        }
        if (hub.getStatus() != fromStatus) {
            throw new HubStatusChangeException(
                    "The hub's status moved from "
                            + fromStatus
                            + " to "
                            + hub.getStatus()
                            + " since this change was proposed; propose again");
        }
        decide(StatusChangeState.APPLIED, checker, note, at);
        hub.changeStatus(toStatus, reason + " (approved by " + checker + ")", at);
    }

    /** The checker refuses, or the maker withdraws; the hub stays as it is. */
    public void reject(String checker, String note, Instant at) {
        requirePending();
        requireChecker(checker);
        decide(StatusChangeState.REJECTED, checker, note, at);
    }

    /** A downgrade: the new status is worse than the old one. */
    public boolean isDowngrade() {
        return toStatus.ordinal() > fromStatus.ordinal();
    }

    public boolean isPending() {
        return state == StatusChangeState.PROPOSED;
    }

    private void decide(StatusChangeState outcome, String checker, String note, Instant at) {
        this.state = outcome;
        this.decidedBy = checker;
        this.decidedAt = Objects.requireNonNull(at, "at");
        this.decisionNote = note == null || note.isBlank() ? null : truncate(note.strip());
    }

    private void requirePending() {
        if (state != StatusChangeState.PROPOSED) {
            throw new HubStatusChangeException(
                    "This change was already " + state.name().toLowerCase());
        }
    }

    private static void requireChecker(String checker) {
        if (checker == null || checker.isBlank()) {
            throw new HubStatusChangeException("A decision needs an identified checker");
        }
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    public Long getId() {
        return id;
    }

    public Long getHubId() {
        return hubId;
    }

    public HubStatus getFromStatus() {
        return fromStatus;
    }

    public HubStatus getToStatus() {
        return toStatus;
    }

    public StatusChangeSource getSource() {
        return source;
    }

    public StatusChangeState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public Long getReadingId() {
        return readingId;
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
