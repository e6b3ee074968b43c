package com.microcredit.origination.domain.loan;

import com.microcredit.origination.domain.decision.Decision;
import com.microcredit.origination.domain.decision.DecisionOutcome;
import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.decision.PathResult;
import com.microcredit.origination.domain.schedule.RepaymentMethod;
import com.microcredit.shared.domain.TextInput;
import com.microcredit.shared.domain.approval.MakerChecker;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A loan application from intake to acceptance. Invariants: a decision is recorded once, with the
 * result of every information path; an approval always relies on at least one AVAILABLE path (no
 * information, no loan); a referral is decided by a credit officer who did not prepare the case
 * (maker-checker); an offer is accepted once, before it expires, and acceptance fixes the schedule
 * and the exposure reference.
 */
@Entity
@Table(name = "loan_application")
public class LoanApplication {

    /** Column sizes of the texts a person types (characters). */
    public static final int PURPOSE_MAX = 500;

    public static final int NOTE_MAX = 1000;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Column(name = "borrower_id", nullable = false)
    private Long borrowerId;

    @Column(name = "product_code", nullable = false, length = 32)
    private String productCode;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_method", nullable = false, length = 32)
    private RepaymentMethod repaymentMethod;

    @Column(nullable = false, length = 500)
    private String purpose;

    @Column(nullable = false, length = 16)
    private String channel;

    @Column(name = "channel_reference", length = 64)
    private String channelReference;

    /** SHA-256 of the caller and every term of the channel request (Idempotency-Key scope). */
    @Column(name = "request_fingerprint", length = 64)
    private String requestFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "prepared_by", nullable = false, length = 64)
    private String preparedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private DecisionOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "automatic_outcome", length = 16)
    private DecisionOutcome automaticOutcome;

    @Column(name = "deciding_rule", length = 48)
    private String decidingRule;

    @Column(name = "reason_codes", length = 500)
    private String reasonCodes;

    @Column(name = "paths_used", length = 200)
    private String pathsUsed;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private Integer score;

    @Column(name = "probability_of_default", precision = 9, scale = 6)
    private BigDecimal probabilityOfDefault;

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
    private MakerChecker referralReview;

    @Embedded private Pricing pricing;

    @Column(name = "offer_expires_on")
    private LocalDate offerExpiresOn;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "exposure_reference", length = 64)
    private String exposureReference;

    @Column(name = "withdrawal_reason", length = 500)
    private String withdrawalReason;

    @Version private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(
            name = "application_path_result",
            joinColumns = @JoinColumn(name = "application_id"))
    private List<PathResult> pathResults = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(
            name = "repayment_instalment",
            joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("number")
    private List<ScheduledInstalment> schedule = new ArrayList<>();

    protected LoanApplication() {}

    public LoanApplication(
            Long borrowerId,
            String productCode,
            BigDecimal amount,
            String currency,
            int termMonths,
            RepaymentMethod method,
            String purpose,
            String channel,
            String channelReference,
            String preparedBy,
            Instant now) {
        String statedPurpose = TextInput.requiredLines(purpose, "purpose", PURPOSE_MAX);
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        this.borrowerId = Objects.requireNonNull(borrowerId);
        this.productCode = Objects.requireNonNull(productCode);
        this.amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.currency = Objects.requireNonNull(currency);
        this.termMonths = termMonths;
        this.repaymentMethod = Objects.requireNonNull(method);
        this.purpose = statedPurpose;
        this.channel = Objects.requireNonNull(channel);
        this.channelReference = channelReference;
        this.preparedBy = Objects.requireNonNull(preparedBy);
        this.submittedAt = now;
        this.status = ApplicationStatus.SUBMITTED;
    }

    /** Records the fingerprint of the channel request that created this application. */
    public void recordRequestFingerprint(String fingerprint) {
        this.requestFingerprint = fingerprint;
    }

    /**
     * Whether a repeated channel request is the one that created this application: same
     * fingerprint, or (rows from before fingerprints) no fingerprint recorded.
     */
    public boolean madeBy(String fingerprint) {
        return requestFingerprint == null || requestFingerprint.equals(fingerprint);
    }

    /** Gives the application its human reference once it has an id ("LA" + id). */
    public void assignReference() {
        if (reference == null) {
            reference = "LA" + Objects.requireNonNull(id, "persist before assigning the reference");
        }
    }

    /** Records the automatic decision with every path's result, the score and the price. */
    public void recordDecision(
            Decision decision,
            List<PathResult> results,
            Integer score,
            BigDecimal pd,
            Pricing price,
            LocalDate offerExpiry,
            Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED, "decide");
        this.pathResults.clear();
        this.pathResults.addAll(results);
        this.outcome = decision.outcome();
        this.automaticOutcome = decision.outcome();
        this.decidingRule = decision.decidingRule();
        this.reasonCodes = String.join(",", decision.reasonCodes());
        this.pathsUsed =
                decision.pathsUsed().stream()
                        .sorted()
                        .map(Enum::name)
                        .collect(Collectors.joining(","));
        this.score = score;
        this.probabilityOfDefault = pd;
        this.pricing = price;
        this.decidedAt = now;
        this.status =
                switch (decision.outcome()) {
                    case APPROVE -> ApplicationStatus.APPROVED;
                    case DECLINE -> ApplicationStatus.DECLINED;
                    case REFER -> ApplicationStatus.REFERRED;
                };
        this.offerExpiresOn = decision.outcome() == DecisionOutcome.APPROVE ? offerExpiry : null;
        if (decision.outcome() == DecisionOutcome.REFER) {
            this.referralReview = MakerChecker.propose(preparedBy, now);
        }
    }

    /**
     * A credit officer decides a referral. Never the preparer (the one maker-checker, either way);
     * a note is required; an approval needs at least one AVAILABLE path.
     */
    public void reviewReferral(
            String officer, boolean approve, String note, LocalDate offerExpiry, Instant now) {
        requireStatus(ApplicationStatus.REFERRED, "review");
        referralReview.requireIndependent(officer);
        String reviewed = TextInput.requiredLines(note, "note", NOTE_MAX);
        if (approve && pathsUsed().isEmpty()) {
            throw new ApplicationStateException(
                    "NO_INFORMATION",
                    "No information path supplied sufficient information: the application cannot be"
                            + " approved");
        }
        if (approve) {
            referralReview.approve(officer, now, reviewed);
        } else {
            referralReview.reject(officer, now, reviewed);
        }
        this.outcome = approve ? DecisionOutcome.APPROVE : DecisionOutcome.DECLINE;
        this.status = approve ? ApplicationStatus.APPROVED : ApplicationStatus.DECLINED;
        this.offerExpiresOn = approve ? offerExpiry : null;
    }

    /** The borrower accepts the open offer: fixes the schedule and the exposure reference. */
    public void accept(List<ScheduledInstalment> fixedSchedule, LocalDate today, Instant now) {
        requireStatus(ApplicationStatus.APPROVED, "accept");
        if (offerExpiresOn != null && today.isAfter(offerExpiresOn)) {
            throw new ApplicationStateException(
                    "OFFER_EXPIRED", "The offer expired on " + offerExpiresOn);
        }
        if (fixedSchedule.isEmpty()) {
            throw new IllegalArgumentException("an accepted loan needs its repayment schedule");
        }
        this.schedule.clear();
        this.schedule.addAll(fixedSchedule);
        this.exposureReference = reference;
        this.acceptedAt = now;
        this.status = ApplicationStatus.ACCEPTED;
    }

    public void withdraw(String reason, Instant now) {
        if (status != ApplicationStatus.SUBMITTED
                && status != ApplicationStatus.REFERRED
                && status != ApplicationStatus.APPROVED) {
            throw new ApplicationStateException(
                    "NOT_WITHDRAWABLE",
                    "Application "
                            + reference
                            + " is "
                            + status
                            + " and can no longer be withdrawn");
        }
        this.withdrawalReason = TextInput.requiredLines(reason, "reason", REASON_MAX);
        this.status = ApplicationStatus.WITHDRAWN;
        this.offerExpiresOn = null;
    }

    private void requireStatus(ApplicationStatus required, String step) {
        if (status != required) {
            throw new ApplicationStateException(
                    "WRONG_STATE",
                    "Cannot "
                            + step
                            + " application "
                            + reference
                            + ": it is "
                            + status
                            + ", not "
                            + required);
        }
    }

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

    public String getReviewedBy() {
        return referralReview == null ? null : referralReview.checker();
    }

    public String getReviewNote() {
        return referralReview == null ? null : referralReview.note();
    }

    public Instant getReviewedAt() {
        return referralReview == null ? null : referralReview.checkedAt();
    }

    /** The referral's maker-checker; null, or with a null state, when never referred. */
    public MakerChecker getReferralReview() {
        return referralReview;
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
