package com.microcredit.origination.domain.borrower;

import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.IdentityMask;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.domain.ResidentIdNumber;
import com.microcredit.shared.domain.TextInput;
import com.microcredit.shared.domain.UnifiedSocialCreditCode;
import com.microcredit.shared.persistence.EncryptedTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A micro-enterprise or an individual/household that borrows from the bank. Its identity number is
 * validated by kind (unified social credit code or resident ID number, check digit included) and is
 * never shown unmasked by this type. Identity and settlement account numbers are stored encrypted
 * (AES-256-GCM) with a keyed lookup hash beside each for equality search; so is the contact mobile
 * number. The hashes are set with the numbers, by the {@link LookupHasher} the caller passes
 * ({@link BorrowerNumbers} computes them). Every borrower has exactly one account manager (referred
 * to by id: the relationship-lending path depends on it).
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

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "identity_cipher", nullable = false, length = 255)
    private String identityNumber;

    @Column(name = "identity_hash", nullable = false, unique = true, length = 64)
    private String identityHash;

    @Column(name = "industry_code", length = 8)
    private String industryCode;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "account_manager_id", nullable = false)
    private Long accountManagerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = 500)
    private String owners;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    @Column(name = "declared_revenue", precision = 19, scale = 2)
    private BigDecimal declaredAnnualRevenue;

    @Column(length = 300)
    private String address;

    @Column(name = "household_size")
    private Integer householdSize;

    @Column(name = "location_lat", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "location_lon", precision = 9, scale = 6)
    private BigDecimal longitude;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "settlement_account_cipher", length = 255)
    private String settlementAccount;

    @Column(name = "settlement_account_hash", length = 64)
    private String settlementAccountHash;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "mobile_cipher", length = 255)
    private String mobile;

    @Column(name = "mobile_hash", length = 64)
    private String mobileHash;

    @Version private long version;

    /** Column sizes of the texts a person types (characters). */
    public static final int NAME_MAX = 200;

    public static final int OWNERS_MAX = 500;
    public static final int ADDRESS_MAX = 300;
    public static final int HOUSEHOLD_MAX = 30;

    protected Borrower() {}

    private Borrower(
            BorrowerKind kind,
            String name,
            String identityNumber,
            String industryCode,
            String regionCode,
            Long accountManagerId,
            Instant createdAt,
            LookupHasher hasher) {
        this.kind = kind;
        this.name = TextInput.required(name, "name", NAME_MAX);
        this.identityNumber = identityNumber;
        this.identityHash = BorrowerNumbers.identityLookup(hasher, identityNumber);
        this.industryCode = industryCode;
        this.regionCode = BorrowerRules.requireRegion(regionCode);
        if (accountManagerId == null) {
            throw new FieldRefusal("accountManagerId", "REQUIRED");
        }
        this.accountManagerId = accountManagerId;
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
    }

    public static Borrower enterprise(
            String name,
            UnifiedSocialCreditCode code,
            String industryCode,
            String regionCode,
            Long accountManagerId,
            Instant now,
            LookupHasher hasher) {
        return new Borrower(
                BorrowerKind.ENTERPRISE,
                name,
                code.value(),
                BorrowerRules.requireIndustry(industryCode),
                regionCode,
                accountManagerId,
                now,
                hasher);
    }

    public static Borrower individual(
            String name,
            ResidentIdNumber idNumber,
            String regionCode,
            Long accountManagerId,
            Instant now,
            LookupHasher hasher) {
        return new Borrower(
                BorrowerKind.INDIVIDUAL,
                name,
                idNumber.value(),
                null,
                regionCode,
                accountManagerId,
                now,
                hasher);
    }

    /**
     * Enterprise details: owners, date of establishment (never in the future), declared annual
     * revenue (not negative). Years in business are counted from the establishment date.
     */
    public void describeEnterprise(
            String owners,
            LocalDate establishedOn,
            BigDecimal declaredAnnualRevenue,
            LocalDate today) {
        if (kind != BorrowerKind.ENTERPRISE) {
            throw new IllegalStateException(
                    "only an enterprise has owners and a date of establishment");
        }
        this.owners = TextInput.required(owners, "owners", OWNERS_MAX);
        LocalDate established = BorrowerRules.establishment(establishedOn, today);
        BigDecimal revenue = BorrowerRules.declaredRevenue(declaredAnnualRevenue);
        SmeSizeStandard.requireMicroOrSmall(industryCode, declaredAnnualRevenue);
        this.establishedOn = established;
        this.declaredAnnualRevenue = revenue;
    }

    /** Household details of an individual borrower. */
    public void describeHousehold(String address, int householdSize) {
        if (kind != BorrowerKind.INDIVIDUAL) {
            throw new IllegalStateException("only an individual has a household");
        }
        BorrowerRules.requireHouseholdSize(householdSize, HOUSEHOLD_MAX);
        this.address = TextInput.required(address, "address", ADDRESS_MAX);
        this.householdSize = householdSize;
    }

    /** Where the borrower lives or trades (checked against the account manager's territory). */
    public void locateAt(BigDecimal latitude, BigDecimal longitude) {
        BorrowerRules.requireLocation(latitude, longitude);
        this.latitude = latitude.setScale(6, RoundingMode.HALF_EVEN);
        this.longitude = longitude.setScale(6, RoundingMode.HALF_EVEN);
    }

    /**
     * The borrower's day-to-day settlement account at our bank (digits only, 10 to 34 long), with
     * its lookup hash.
     */
    public void settleThrough(String accountNumber, LookupHasher hasher) {
        BorrowerRules.requireAccountNumber(accountNumber);
        this.settlementAccount = accountNumber;
        this.settlementAccountHash = BorrowerNumbers.accountLookup(hasher, accountNumber);
    }

    /**
     * The contact mobile number: an enterprise's legal representative's, an individual's own.
     * Mainland mobile numbers only (11 digits, 1[3-9]…); spaces, dashes and a +86/0086 prefix are
     * removed first, so the stored value and its lookup hash have one form per number.
     */
    public void reachableAt(String mobileNumber, LookupHasher hasher) {
        String normalised = BorrowerNumbers.normaliseMobile(mobileNumber);
        if (normalised == null || !BorrowerNumbers.isMobile(normalised)) {
            throw new FieldRefusal("mobile", "MOBILE_FORMAT");
        }
        this.mobile = normalised;
        this.mobileHash = hasher.hash(normalised);
    }

    /** Whole years since establishment as of a date; 0 for individuals or unknown dates. */
    public int yearsInBusiness(LocalDate asOf) {
        return establishedOn == null
                ? 0
                : Math.max(0, Period.between(establishedOn, asOf).getYears());
    }

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }

    /** The settlement account masked for display: last four digits only. */
    public String maskedSettlementAccount() {
        return settlementAccount == null ? null : IdentityMask.mask(settlementAccount, 0, 4);
    }

    /** The mobile number masked for display: the first three and last four digits only. */
    public String maskedMobile() {
        return mobile == null ? null : IdentityMask.mask(mobile, 3, 4);
    }

    /** The address masked for display: the first six characters (district level) only. */
    public String maskedAddress() {
        return address == null ? null : IdentityMask.mask(address, 6, 0);
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

    /** The full identity number: only for the data gateway, the blacklist and audited unmasking. */
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

    public String getOwners() {
        return owners;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public BigDecimal getDeclaredAnnualRevenue() {
        return declaredAnnualRevenue;
    }

    public Integer getHouseholdSize() {
        return householdSize;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getSettlementAccount() {
        return settlementAccount;
    }

    /** The full mobile number: only for audited unmasking. */
    public String getMobile() {
        return mobile;
    }
}
