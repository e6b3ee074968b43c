package com.microcredit.origination.domain.consent;

import com.microcredit.origination.domain.scoring.DataSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One logged query of a data source: who, which borrower, which source, why (purpose and case), the
 * outcome and its cost.
 */
@Entity
@Table(name = "data_query_log")
public class DataQuery {

    /**
     * ANSWERED or NO_DATA by the source (cost charged), CACHED (answered from the cache, no cost),
     * UNAVAILABLE (the source could not answer, no cost), REFUSED (no valid consent).
     */
    public enum Outcome {
        ANSWERED,
        NO_DATA,
        CACHED,
        UNAVAILABLE,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "queried_at", nullable = false)
    private Instant queriedAt;

    @Column(name = "staff_login", nullable = false, length = 64)
    private String staffLogin;

    @Column(name = "borrower_id", nullable = false)
    private Long borrowerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DataSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ConsentPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(length = 500)
    private String reason;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal cost;

    @Column(length = 64)
    private String reference;

    @Column(length = 32)
    private String adapter;

    protected DataQuery() {}

    public DataQuery(
            Instant at,
            String staffLogin,
            Long borrowerId,
            DataSource source,
            ConsentPurpose purpose,
            Outcome outcome,
            String reason,
            BigDecimal cost) {
        this.queriedAt = at;
        this.staffLogin = staffLogin;
        this.borrowerId = borrowerId;
        this.source = source;
        this.purpose = purpose;
        this.outcome = outcome;
        this.reason = reason;
        this.cost = cost;
    }

    /**
     * Records the business case that asked (an application reference: the "why" beside the purpose)
     * and the adapter that answered.
     */
    public DataQuery about(String reference, String adapter) {
        this.reference = reference;
        this.adapter = adapter;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Instant getQueriedAt() {
        return queriedAt;
    }

    public String getStaffLogin() {
        return staffLogin;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public DataSource getSource() {
        return source;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public String getReference() {
        return reference;
    }

    public String getAdapter() {
        return adapter;
    }
}
