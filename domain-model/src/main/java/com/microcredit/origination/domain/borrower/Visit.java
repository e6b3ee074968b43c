package com.microcredit.origination.domain.borrower;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An account manager's visit to a borrower with the manager's assessment: the relationship path's
 * evidence that someone at the bank knows the borrower personally. Only the borrower's own account
 * manager records visits; a visit cannot be dated in the future.
 */
@Entity
@Table(name = "account_manager_visit")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "borrower_id", nullable = false)
    private Long borrowerId;

    @Column(name = "account_manager_id", nullable = false)
    private Long accountManagerId;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VisitAssessment assessment;

    @Column(length = 1000)
    private String notes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Visit() {}

    public Visit(
            Borrower borrower,
            AccountManager manager,
            LocalDate visitedOn,
            VisitAssessment assessment,
            String notes,
            Instant now,
            ZoneId bankZone) {
        if (!borrower.getAccountManagerId().equals(manager.getId())) {
            throw new IllegalArgumentException(
                    manager.getName() + " is not the account manager of " + borrower.getName());
        }
        if (visitedOn == null || visitedOn.isAfter(LocalDate.ofInstant(now, bankZone))) {
            throw new IllegalArgumentException(
                    "visit date is required and may not lie in the future");
        }
        this.borrowerId = borrower.getId();
        this.accountManagerId = manager.getId();
        this.visitedOn = visitedOn;
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public Long getAccountManagerId() {
        return accountManagerId;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public VisitAssessment getAssessment() {
        return assessment;
    }

    public String getNotes() {
        return notes;
    }
}
