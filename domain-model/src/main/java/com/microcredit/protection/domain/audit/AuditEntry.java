package com.microcredit.protection.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit trail: who (staff login or system account) did what (action, subject type
 * and id, a short detail that never holds an unmasked identity number), when (UTC) and from where
 * (client address). Append-only: it has no mutators, and an attempt to update or remove a stored
 * row fails before it reaches the database.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int DETAIL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AuditAction action;

    @Column(name = "subject_type", length = 32)
    private String subjectType;

    @Column(name = "subject_id", length = 64)
    private String subjectId;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    /** The borrower the row is about, whatever its subject (V28_9): the auditor's filter. */
    @Column(name = "borrower_id")
    private Long borrowerId;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt,
            String actor,
            AuditAction action,
            String subjectType,
            String subjectId,
            String detail,
            String clientAddress) {
        this(occurredAt, actor, action, subjectType, subjectId, detail, clientAddress, null);
    }

    public AuditEntry(
            Instant occurredAt,
            String actor,
            AuditAction action,
            String subjectType,
            String subjectId,
            String detail,
            String clientAddress,
            Long borrowerId) {
        this.borrowerId = borrowerId;
        this.occurredAt = Objects.requireNonNull(occurredAt, "time");
        this.actor = clip(Objects.requireNonNull(actor, "actor"), 64);
        this.action = Objects.requireNonNull(action, "action");
        this.subjectType = clip(subjectType, 32);
        this.subjectId = clip(subjectId, 64);
        this.detail = clip(detail, DETAIL_LENGTH);
        this.clientAddress = clip(clientAddress, 64);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException(
                "The audit trail is append-only: entry " + id + " cannot be changed or removed");
    }

    public Long getId() {
        return id;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
