package com.microcredit.supplychain.domain.health;

import com.microcredit.shared.domain.CodedText;
import com.microcredit.shared.domain.approval.ApprovalRefusal;
import com.microcredit.shared.domain.approval.MakerChecker;
import com.microcredit.supplychain.domain.hub.HubEnterprise;
import com.microcredit.supplychain.domain.hub.HubStatus;
import jakarta.persistence.AttributeOverride;
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
import java.util.List;
import java.util.Objects;

/**
 * A change of a hub's health status and its audit record: from which status to which, why, who
 * proposed and who decided.
 *
 * <p>Rules: a reading of indicators that implies a worse status downgrades the hub at once (source
 * INDICATORS, applied by whoever recorded the reading); indicators never upgrade a hub. Any manual
 * change – upgrade or downgrade – is proposed with a reason by one person and applied only when a
 * different person approves it (the one {@link MakerChecker}, state APPLIED once approved); the
 * approval is refused if the hub's status moved since the proposal, and a decided change stays
 * decided.
 *
 * <p>The reason is stored as coded texts (ADR 0027): HUB_BY_INDICATORS and the findings, a person's
 * own words as free text, HUB_APPROVED_BY [checker] once approved.
 */
@Entity
@Table(name = "hub_status_change")
public class HubStatusChange {

    /** Column size of the reason and the note (characters). */
    public static final int REASON_MAX = 500;

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

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "reading_id")
    private Long readingId;

    @Embedded
    @AttributeOverride(name = "state", column = @Column(name = "state", nullable = false))
    private MakerChecker approval;

    @Version private long version;

    protected HubStatusChange() {}

    private HubStatusChange(
            HubEnterprise hub,
            HubStatus to,
            StatusChangeSource source,
            String reason,
            MakerChecker approval) {
        this.hubId = hub.getId();
        this.fromStatus = hub.getStatus();
        this.toStatus = Objects.requireNonNull(to, "the new status");
        this.source = source;
        this.reason = reason;
        this.approval = approval;
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
                        CodedText.prepend(
                                List.of(CodedText.of("HUB_BY_INDICATORS")),
                                assessment.reason(REASON_MAX),
                                REASON_MAX),
                        MakerChecker.appliedBySystem(by, at));
        change.readingId = readingId;
        hub.changeStatus(change.toStatus, change.reason, at);
        return change;
    }

    /**
     * A person proposes a new status with a reason; nothing changes until a second person approves.
     */
    public static HubStatusChange propose(
            HubEnterprise hub, HubStatus to, String reason, String by, Instant at) {
        String why = MakerChecker.reason(reason, REASON_MAX);
        MakerChecker approval = MakerChecker.propose(by, at);
        if (to == hub.getStatus()) {
            throw new ApprovalRefusal(ApprovalRefusal.NO_CHANGE, to);
        }
        return new HubStatusChange(
                hub,
                to,
                StatusChangeSource.MANUAL,
                CodedText.storedList(List.of(CodedText.plain(why)), REASON_MAX),
                approval);
    }

    /** A different person approves: the hub takes the new status now. */
    public void approve(HubEnterprise hub, String checker, String note, Instant at) {
        if (!Objects.equals(hub.getId(), hubId)) {
            throw new IllegalArgumentException("This change is for hub " + hubId);
        }
        approval.requirePending();
        if (hub.getStatus() != fromStatus) {
            throw new ApprovalRefusal(ApprovalRefusal.STALE, fromStatus, hub.getStatus());
        }
        approval.approveAndApply(checker, at, note == null ? null : truncate(note.strip()));
        hub.changeStatus(
                toStatus,
                CodedText.prepend(
                        CodedText.parseList(reason),
                        CodedText.of("HUB_APPROVED_BY", approval.checker()).stored(),
                        REASON_MAX),
                at);
    }

    /** The checker refuses, or the maker withdraws; the hub stays as it is. */
    public void reject(String checker, String note, Instant at) {
        approval.rejectOrWithdraw(checker, at, note == null ? null : truncate(note.strip()));
    }

    /** A downgrade: the new status is worse than the old one. */
    public boolean isDowngrade() {
        return toStatus.ordinal() > fromStatus.ordinal();
    }

    public boolean isPending() {
        return approval.isPending();
    }

    private static String truncate(String text) {
        return text.length() <= REASON_MAX ? text : text.substring(0, REASON_MAX - 3) + "...";
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

    /** Who proposed, who decided, and where the change stands (APPLIED once approved). */
    public MakerChecker approval() {
        return approval;
    }

    public String getReason() {
        return reason;
    }

    public Long getReadingId() {
        return readingId;
    }
}
