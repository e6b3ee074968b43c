package com.microcredit.protection.domain.monitoring;

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
 * An abnormal look-up pattern for risk managers to review: which staff member, why, the borrower
 * concerned (outside-book alerts) and a detail. A risk manager acknowledges it with a note; the
 * staff member it concerns may not acknowledge their own alert.
 */
@Entity
@Table(name = "security_alert")
public class SecurityAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AlertKind kind;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "borrower_id")
    private Long borrowerId;

    @Column(nullable = false, length = 500)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AlertStatus status;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledgement_note", length = 500)
    private String acknowledgementNote;

    @Version private long version;

    protected SecurityAlert() {}

    public SecurityAlert(
            Instant raisedAt, AlertKind kind, String actor, Long borrowerId, String detail) {
        this.raisedAt = Objects.requireNonNull(raisedAt, "time");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.borrowerId = borrowerId;
        this.detail = Objects.requireNonNull(detail, "detail");
        this.status = AlertStatus.OPEN;
    }

    /** A risk manager reviewed the alert; nobody closes an alert about themselves. */
    public void acknowledge(String reviewer, String note, Instant now) {
        if (status != AlertStatus.OPEN) {
            throw new IllegalStateException("alert " + id + " is acknowledged already");
        }
        if (reviewer == null || reviewer.equals(actor)) {
            throw new IllegalStateException(
                    "an alert is reviewed by someone other than the staff member it concerns");
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("say what the review found");
        }
        this.status = AlertStatus.ACKNOWLEDGED;
        this.acknowledgedBy = reviewer;
        this.acknowledgedAt = now;
        this.acknowledgementNote =
                note.trim().length() > 500 ? note.trim().substring(0, 500) : note.trim();
    }

    public Long getId() {
        return id;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public AlertKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public String getDetail() {
        return detail;
    }

    public AlertStatus getStatus() {
        return status;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgementNote() {
        return acknowledgementNote;
    }
}
