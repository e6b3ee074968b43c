package com.microcredit.origination.domain.borrower;

import com.microcredit.shared.domain.ResidentIdNumber;
import com.microcredit.shared.domain.UnifiedSocialCreditCode;
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
 * A micro-enterprise or an individual/household that borrows from the bank. Its identity number
 * is validated by kind (unified social credit code or resident ID number, check digit included)
 * and is never shown unmasked by this type. Every borrower has exactly one account manager
 * (referred to by id: the relationship-lending path depends on it).
 */
@Entity
@Table(name = "borrower")
public class Borrower {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BorrowerKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "identity_number", nullable = false, unique = true, length = 32)
    private String identityNumber;

    @Column(name = "industry_code", length = 8)
    private String industryCode;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "account_manager_id", nullable = false)
    private Long accountManagerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Borrower() {
    }

    private Borrower(BorrowerKind kind, String name, String identityNumber, String industryCode, String regionCode,
                     Long accountManagerId, Instant createdAt) {
        this.kind = kind;
        this.name = requireText(name, "name");
        this.identityNumber = identityNumber;
        this.industryCode = industryCode;
        this.regionCode = requireRegion(regionCode);
        this.accountManagerId = Objects.requireNonNull(accountManagerId, "account manager");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
    }

    public static Borrower enterprise(String name, UnifiedSocialCreditCode code, String industryCode,
                                      String regionCode, Long accountManagerId, Instant now) {
        return new Borrower(BorrowerKind.ENTERPRISE, name, code.value(), requireText(industryCode, "industry code"),
                regionCode, accountManagerId, now);
    }

    public static Borrower individual(String name, ResidentIdNumber idNumber, String regionCode,
                                      Long accountManagerId, Instant now) {
        return new Borrower(BorrowerKind.INDIVIDUAL, name, idNumber.value(), null, regionCode, accountManagerId, now);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.trim();
    }

    private static String requireRegion(String regionCode) {
        if (regionCode == null || !regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("region code must be a six-digit administrative division code");
        }
        return regionCode;
    }

    /** Hands the borrower to another account manager (e.g. when a manager leaves the branch). */
    public void reassignTo(Long newAccountManagerId) {
        this.accountManagerId = Objects.requireNonNull(newAccountManagerId, "account manager");
    }

    /** The identity number masked for display. */
    public String maskedIdentityNumber() {
        return kind == BorrowerKind.ENTERPRISE
                ? UnifiedSocialCreditCode.parse(identityNumber).masked()
                : ResidentIdNumber.parse(identityNumber).masked();
    }

    public Long getId() {
        return id;
    }

    public BorrowerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getIdentityNumber() {
        return identityNumber;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getAccountManagerId() {
        return accountManagerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
