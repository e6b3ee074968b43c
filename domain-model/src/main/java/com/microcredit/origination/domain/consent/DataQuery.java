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
import java.time.LocalDate;

/**
 * One logged query of a data source: who, which borrower, which source, why (purpose and case), the
 * outcome and its cost. A query answered over the wire also records the provider, the request id
 * sent, the attempts and latency, the cost rule of the provider's contract that priced it, and the
 * provider's record ids and as-of date; a refusal or failure keeps its reason code (rendered in the
 * reader's language) beside the technical detail.
 */
@Entity
@Table(name = "data_query_log")
public class DataQuery {

    /**
     * ANSWERED or NO_DATA by the source (cost charged), CACHED (answered from the cache, no cost),
     * UNAVAILABLE (the source could not answer, or the gateway refused to call it: circuit open,
     * rate or budget exhausted; cost as the provider's contract says for a failed call), REFUSED
     * (no valid consent).
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

    @Column(length = 32)
    private String provider;

    @Column(name = "reason_code", length = 48)
    private String reasonCode;

    @Column(name = "cost_rule", length = 24)
    private String costRule;

    @Column(name = "request_id", length = 64)
    private String requestId;

    private Integer attempts;

    @Column(name = "latency_ms")
    private Integer latencyMs;

    @Column(name = "provider_records", length = 500)
    private String providerRecords;

    @Column(name = "as_of")
    private LocalDate asOf;

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

    /** The reason code of a refusal or failure (e.g. NO_CONSENT, PROVIDER_TIMEOUT). */
    public DataQuery coded(String reasonCode) {
        this.reasonCode = reasonCode;
        return this;
    }

    /**
     * Records the call made to a provider: its name, the request id sent, how many attempts, how
     * long it took (null when nothing was sent) and the cost rule that priced it.
     */
    public DataQuery called(
            String provider, String requestId, int attempts, Integer latencyMs, String costRule) {
        this.provider = provider;
        this.requestId = requestId;
        this.attempts = attempts;
        this.latencyMs = latencyMs;
        this.costRule = costRule;
        return this;
    }

    /**
     * The provider's own record ids behind its answer (cut to 500 characters) and their as-of date.
     */
    public DataQuery answeredWith(String providerRecords, LocalDate asOf) {
        this.providerRecords =
                providerRecords == null || providerRecords.length() <= 500
                        ? providerRecords
                        : providerRecords.substring(0, 497) + "...";
        this.asOf = asOf;
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

    public String getProvider() {
        return provider;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getCostRule() {
        return costRule;
    }

    public String getRequestId() {
        return requestId;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public Integer getLatencyMs() {
        return latencyMs;
    }

    public String getProviderRecords() {
        return providerRecords;
    }

    public LocalDate getAsOf() {
        return asOf;
    }
}
