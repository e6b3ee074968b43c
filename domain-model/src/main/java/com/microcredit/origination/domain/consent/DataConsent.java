package com.microcredit.origination.domain.consent;

import com.microcredit.origination.domain.scoring.DataSource;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A borrower's signed authorisation to query named sources for one purpose until an expiry date. It
 * covers a query only for its own purpose and sources, on or before the expiry date, and never
 * after revocation. Using personal data without such a record is not compliant (domain guide §2.5).
 */
@Entity
@Table(name = "data_consent")
public class DataConsent {

    public enum Status {
        VALID,
        EXPIRED,
        REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "borrower_id", nullable = false)
    private Long borrowerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ConsentPurpose purpose;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "data_consent_source", joinColumns = @JoinColumn(name = "consent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "source")
    private Set<DataSource> sources = EnumSet.noneOf(DataSource.class);

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "evidence_reference", nullable = false, length = 100)
    private String evidenceReference;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 500)
    private String revocationReason;

    @Version private long version;

    protected DataConsent() {}

    public DataConsent(
            Long borrowerId,
            ConsentPurpose purpose,
            Set<DataSource> sources,
            LocalDate expiresOn,
            String evidenceReference,
            String recordedBy,
            Instant now,
            LocalDate today) {
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("a consent names at least one source");
        }
        if (expiresOn == null || !expiresOn.isAfter(today)) {
            throw new IllegalArgumentException("expiry must lie after today");
        }
        if (expiresOn.isAfter(today.plusYears(3))) {
            throw new IllegalArgumentException("a consent may last at most three years");
        }
        if (evidenceReference == null || evidenceReference.isBlank()) {
            throw new IllegalArgumentException(
                    "the reference of the signed authorisation is required");
        }
        this.borrowerId = Objects.requireNonNull(borrowerId);
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.sources = EnumSet.copyOf(sources);
        this.expiresOn = expiresOn;
        this.evidenceReference = evidenceReference.trim();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.grantedAt = now;
    }

    public void revoke(String reason, Instant now) {
        if (revokedAt != null) {
            throw new IllegalStateException("consent " + id + " was already revoked");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a revocation needs a reason");
        }
        this.revokedAt = now;
        this.revocationReason = reason.trim();
    }

    public Status statusOn(LocalDate day) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return day.isAfter(expiresOn) ? Status.EXPIRED : Status.VALID;
    }

    /** Whether this consent covers a query of the source for the purpose on the day. */
    public boolean covers(DataSource source, ConsentPurpose forPurpose, LocalDate day) {
        return statusOn(day) == Status.VALID && purpose == forPurpose && sources.contains(source);
    }

    public Long getId() {
        return id;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public Set<DataSource> getSources() {
        return Collections.unmodifiableSet(sources);
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getEvidenceReference() {
        return evidenceReference;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
