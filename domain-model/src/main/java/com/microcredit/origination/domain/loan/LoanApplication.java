package com.microcredit.origination.domain.loan;

import com.microcredit.origination.domain.decision.Decision;
import com.microcredit.origination.domain.decision.DecisionOutcome;
import com.microcredit.origination.domain.decision.PathResult;
import com.microcredit.origination.domain.schedule.RepaymentMethod;
import com.microcredit.shared.domain.TextInput;
import com.microcredit.shared.domain.approval.MakerChecker;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A loan application from intake to acceptance. Invariants: a decision is recorded once, with the
 * result of every information path; an approval always relies on at least one AVAILABLE path (no
 * information, no loan); a referral is decided by a credit officer who did not prepare the case
 * (the one maker-checker, {@link com.microcredit.shared.domain.approval.MakerChecker}); an offer is
 * accepted once, before it expires, and acceptance fixes the schedule and the exposure reference.
 * Columns and getters: {@link LoanApplicationRecord}.
 */
@Entity
@Table(name = "loan_application")
public class LoanApplication extends LoanApplicationRecord {

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
        requireStatus(ApplicationStatus.SUBMITTED);
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
        requireStatus(ApplicationStatus.REFERRED);
        referralReview.requireIndependent(officer);
        String reviewed = TextInput.requiredLines(note, "note", NOTE_MAX);
        if (approve && pathsUsed().isEmpty()) {
            throw new ApplicationStateException("NO_INFORMATION");
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
        requireStatus(ApplicationStatus.APPROVED);
        if (offerExpiresOn != null && today.isAfter(offerExpiresOn)) {
            throw new ApplicationStateException("OFFER_EXPIRED", offerExpiresOn);
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

    /**
     * A condition the approval relied on changed before the money left (the acceptance re-check):
     * the offer is withdrawn and the case goes back for a new decision, which gathers the evidence
     * again.
     */
    public void sendBackForNewDecision() {
        requireStatus(ApplicationStatus.APPROVED);
        this.status = ApplicationStatus.SUBMITTED;
        this.outcome = null;
        this.offerExpiresOn = null;
    }

    public void withdraw(String reason, Instant now) {
        if (status != ApplicationStatus.SUBMITTED
                && status != ApplicationStatus.REFERRED
                && status != ApplicationStatus.APPROVED) {
            throw new ApplicationStateException("NOT_WITHDRAWABLE", reference, status);
        }
        this.withdrawalReason = TextInput.requiredLines(reason, "reason", REASON_MAX);
        this.status = ApplicationStatus.WITHDRAWN;
        this.offerExpiresOn = null;
    }

    private void requireStatus(ApplicationStatus required) {
        if (status != required) {
            throw new ApplicationStateException("WRONG_STATE", reference, status);
        }
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
}
