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
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A micro-enterprise or an individual/household that borrows from the bank. Its identity number is
 * validated by kind (unified social credit code or resident ID number, check digit included) and is
 * never shown unmasked by this type. Identity and settlement account numbers are stored encrypted
 * (AES-256-GCM) with a keyed lookup hash beside each for equality search; so is the contact mobile
 * number. The hashes are set with the numbers, by the {@link LookupHasher} the caller passes
 * ({@link BorrowerNumbers} computes them). Every borrower has exactly one account manager (referred
 * to by id: the relationship-lending path depends on it). What a borrower declares beyond its
 * identity lives in value types on the same row: an enterprise's {@link EnterpriseProfile}, an
 * individual's {@link Household}, and the {@link Location}.
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

    @Embedded private EnterpriseProfile enterprise;

    @Embedded private Household household;

    @Embedded private Location location;

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

    /** Column size of the name (characters). */
    public static final int NAME_MAX = 200;

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

    /** Enterprise details (see {@link EnterpriseProfile}); only an enterprise has them. */
    public void describeEnterprise(
            String owners,
            LocalDate establishedOn,
            BigDecimal declaredAnnualRevenue,
            LocalDate today) {
        if (kind != BorrowerKind.ENTERPRISE) {
            throw new IllegalStateException(
                    "only an enterprise has owners and a date of establishment");
        }
        this.enterprise =
                EnterpriseProfile.of(
                        owners, establishedOn, declaredAnnualRevenue, industryCode, today);
    }

    /** Household details of an individual borrower. */
    public void describeHousehold(String address, int householdSize) {
        if (kind != BorrowerKind.INDIVIDUAL) {
            throw new IllegalStateException("only an individual has a household");
        }
        this.household = Household.of(address, householdSize);
    }

    /** Where the borrower lives or trades (checked against the account manager's territory). */
    public void locateAt(BigDecimal latitude, BigDecimal longitude) {
        this.location = Location.of(latitude, longitude);
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
        return enterprise().map(e -> e.yearsInBusiness(asOf)).orElse(0);
    }

    /** The enterprise details, once described (an individual has none). */
    public Optional<EnterpriseProfile> enterprise() {
        return Optional.ofNullable(enterprise).filter(e -> e.owners() != null);
    }

    /** The household, once described (an enterprise has none). */
    public Optional<Household> household() {
        return Optional.ofNullable(household).filter(h -> h.size() != null);
    }

    /** Where the borrower lives or trades, if known. */
    public Optional<Location> location() {
        return Optional.ofNullable(location).filter(l -> l.latitude() != null);
    }

    /** The settlement account masked for display: last four digits only. */
    public String maskedSettlementAccount() {
        return settlementAccount == null ? null : IdentityMask.mask(settlementAccount, 0, 4);
    }

    /** The mobile number masked for display: the first three and last four digits only. */
    public String maskedMobile() {
        return mobile == null ? null : IdentityMask.mask(mobile, 3, 4);
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

    public String getSettlementAccount() {
        return settlementAccount;
    }

    /** The full mobile number: only for audited unmasking. */
    public String getMobile() {
        return mobile;
    }
}
