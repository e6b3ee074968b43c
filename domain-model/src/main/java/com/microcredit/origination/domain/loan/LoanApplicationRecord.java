package com.microcredit.origination.domain.loan;

import com.microcredit.origination.domain.decision.DecisionOutcome;
import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.decision.PathResult;
import com.microcredit.origination.domain.schedule.RepaymentMethod;
import com.microcredit.shared.domain.approval.MakerChecker;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a loan application states and what was decided on it: its columns and the getters pages,
 * views and events read. The rules that change it live in the entity {@link LoanApplication} (one
 * table, one entity; the split is by responsibility). Fields are package-private for that entity.
 */
@MappedSuperclass
public abstract class LoanApplicationRecord {

    /** Column sizes of the texts a person types (characters). */
    public static final int PURPOSE_MAX = 500;

    public static final int NOTE_MAX = 1000;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    Long id;

    @Column(nullable = false, unique = true, length = 32)
    String reference;

    @Column(name = "borrower_id", nullable = false)
    Long borrowerId;

    @Column(name = "product_code", nullable = false, length = 32)
    String productCode;

    @Column(nullable = false, precision = 19, scale = 2)
    BigDecimal amount;

    @Column(nullable = false, length = 3)
    String currency;

    @Column(name = "term_months", nullable = false)
    int termMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_method", nullable = false, length = 32)
    RepaymentMethod repaymentMethod;

    @Column(nullable = false, length = 500)
    String purpose;

    @Column(nullable = false, length = 16)
    String channel;

    @Column(name = "channel_reference", length = 64)
    String channelReference;

    /** SHA-256 of the caller and every term of the channel request (Idempotency-Key scope). */
    @Column(name = "request_fingerprint", length = 64)
    String requestFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    ApplicationStatus status;

    @Column(name = "prepared_by", nullable = false, length = 64)
    String preparedBy;

    @Column(name = "submitted_at", nullable = false)
    Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    DecisionOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "automatic_outcome", length = 16)
    DecisionOutcome automaticOutcome;

    @Column(name = "deciding_rule", length = 48)
    String decidingRule;

    @Column(name = "reason_codes", length = 500)
    String reasonCodes;

    @Column(name = "paths_used", length = 200)
    String pathsUsed;

    @Column(name = "decided_at")
    Instant decidedAt;

    Integer score;

    @Column(name = "probability_of_default", precision = 9, scale = 6)
    BigDecimal probabilityOfDefault;

    /**
     * The referral's maker-checker: the preparer (prepared_by) and the time of the referral
     * (decided_at) are this entity's own columns, read here; state, checker, time and note are the
     * review's. Its state is null for an application never referred.
     */
    @Embedded
    @AttributeOverride(name = "state", column = @Column(name = "review_state"))
    @AttributeOverride(
            name = "maker",
            column = @Column(name = "prepared_by", insertable = false, updatable = false))
    @AttributeOverride(
            name = "madeAt",
            column = @Column(name = "decided_at", insertable = false, updatable = false))
    @AttributeOverride(name = "checker", column = @Column(name = "reviewed_by"))
    @AttributeOverride(name = "checkedAt", column = @Column(name = "reviewed_at"))
    @AttributeOverride(name = "note", column = @Column(name = "review_note", length = NOTE_MAX))
    MakerChecker referralReview;

    @Embedded Pricing pricing;

    @Column(name = "offer_expires_on")
    LocalDate offerExpiresOn;

    @Column(name = "accepted_at")
    Instant acceptedAt;

    @Column(name = "exposure_reference", length = 64)
    String exposureReference;

    @Column(name = "withdrawal_reason", length = 500)
    String withdrawalReason;

    @Version private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(
            name = "application_path_result",
            joinColumns = @JoinColumn(name = "application_id"))
    List<PathResult> pathResults = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(
            name = "repayment_instalment",
            joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("number")
    List<ScheduledInstalment> schedule = new ArrayList<>();

    LoanApplicationRecord() {}

    public Set<InformationPath> pathsUsed() {
        if (pathsUsed == null || pathsUsed.isBlank()) {
            return Set.of();
        }
        Set<InformationPath> set = EnumSet.noneOf(InformationPath.class);
        Arrays.stream(pathsUsed.split(",")).map(InformationPath::valueOf).forEach(set::add);
        return set;
    }

    public List<String> reasonCodes() {
        return reasonCodes == null || reasonCodes.isBlank()
                ? List.of()
                : List.of(reasonCodes.split(","));
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public String getProductCode() {
        return productCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public RepaymentMethod getRepaymentMethod() {
        return repaymentMethod;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getChannel() {
        return channel;
    }

    public String getChannelReference() {
        return channelReference;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public DecisionOutcome getAutomaticOutcome() {
        return automaticOutcome;
    }

    public String getDecidingRule() {
        return decidingRule;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Integer getScore() {
        return score;
    }

    public BigDecimal getProbabilityOfDefault() {
        return probabilityOfDefault;
    }

    public Pricing getPricing() {
        return pricing;
    }

    public LocalDate getOfferExpiresOn() {
        return offerExpiresOn;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getExposureReference() {
        return exposureReference;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public List<PathResult> getPathResults() {
        return Collections.unmodifiableList(pathResults);
    }

    public List<ScheduledInstalment> getSchedule() {
        return Collections.unmodifiableList(schedule);
    }
}
