package com.microcredit.portfolio.domain.exposure;

import com.microcredit.portfolio.domain.classification.ClassificationPolicy;
import com.microcredit.portfolio.domain.classification.CureDecision;
import com.microcredit.portfolio.domain.classification.LoanCategory;
import com.microcredit.portfolio.domain.classification.ProvisionRates;
import com.microcredit.shared.domain.Money;
import jakarta.persistence.Column;
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
import java.time.Period;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One loan in the book, from the reservation at acceptance to full repayment: its outstanding
 * principal, its days past due, five-category classification and provisions.
 *
 * <p>Invariants: outstanding is between zero and the principal; a LIVE exposure holds its
 * outstanding on every limit whose key its profile matches ({@link ExposureProfile#limitKeys()}); a
 * non-performing loan only leaves non-performing through an explicit cure.
 */
@Entity
@Table(name = "loan_exposure")
public class LoanExposure {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(nullable = false, length = 64, unique = true)
    private String reference;

    @Embedded private ExposureProfile profile;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal principal;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal outstanding;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExposureStatus status;

    @Column(name = "days_past_due", nullable = false)
    private int daysPastDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LoanCategory category;

    /** Null without a qualitative downgrade. */
    @Embedded private QualitativeFloor floor;

    @Column(name = "arrears_cleared_on")
    private LocalDate arrearsClearedOn;

    /** First day of the arrears core banking last posted; null: none (ADR 0028). */
    @Column(name = "posted_overdue_since")
    private LocalDate postedOverdueSince;

    @Column(name = "defaulted_at")
    private Instant defaultedAt;

    @Embedded private Provisions provisions;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version private long version;

    protected LoanExposure() {}

    /** A new live exposure of the full principal, performing, provisioned at the general rate. */
    public LoanExposure(
            String reference,
            ExposureProfile profile,
            Money principal,
            ProvisionRates rates,
            Instant at) {
        if (reference == null || reference.isBlank() || reference.length() > 64) {
            throw new IllegalArgumentException(
                    "An exposure needs a reference of at most 64 characters");
        }
        if (!principal.isPositive()) {
            throw new IllegalArgumentException("An exposure must be positive, was " + principal);
        }
        this.reference = reference.strip();
        this.profile = Objects.requireNonNull(profile, "profile");
        this.currency = principal.currency().getCurrencyCode();
        this.principal = principal.amount();
        this.outstanding = principal.amount();
        this.status = ExposureStatus.LIVE;
        this.category = LoanCategory.NORMAL;
        this.bookedAt = Objects.requireNonNull(at, "at");
        provision(rates);
    }

    /**
     * Records a principal repayment and returns the amount to release from every limit. A repayment
     * larger than the outstanding is refused whole.
     */
    public Money repay(Money amount, ProvisionRates rates, Instant at) {
        requireLive();
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A repayment must be positive");
        }
        if (amount.isGreaterThan(outstanding())) {
            throw new IllegalArgumentException(
                    "Repayment " + amount + " exceeds the outstanding " + outstanding());
        }
        this.outstanding = outstanding().minus(amount).amount();
        if (outstanding.signum() == 0) {
            this.status = ExposureStatus.CLOSED;
            this.closedAt = at;
        }
        provision(rates);
        return amount;
    }

    /** Withdraws an exposure that has not been repaid at all; returns the amount to release. */
    public Money cancel(Instant at) {
        requireLive();
        if (outstanding.compareTo(principal) != 0) {
            throw new IllegalStateException(
                    "Exposure "
                            + reference
                            + " is partly repaid; it can only be repaid, not cancelled");
        }
        Money released = outstanding();
        this.outstanding = BigDecimal.ZERO.setScale(principal.scale());
        this.status = ExposureStatus.CANCELLED;
        this.closedAt = at;
        this.provisions = new Provisions(outstanding, outstanding);
        return released;
    }

    /** Core banking's posted days past due, kept as the first day of its arrears (ADR 0028). */
    public boolean recordPostedDaysPastDue(
            int days, LocalDate asOf, ClassificationPolicy p, ProvisionRates r, Instant at) {
        requireLive();
        this.postedOverdueSince = DaysPastDue.overdueSince(days, asOf);
        return recordDaysPastDue(days, asOf, p, r, at);
    }

    /**
     * Records the days past due as of a date and reclassifies: never better than the days imply,
     * never better than a qualitative floor, never out of non-performing automatically. Returns
     * true when this made the loan non-performing for the first time (a default for the stop rule).
     */
    public boolean recordDaysPastDue(
            int days,
            LocalDate asOf,
            ClassificationPolicy policy,
            ProvisionRates rates,
            Instant at) {
        requireLive();
        Reassessment r =
                Reassessment.of(
                        new Reassessment.Before(
                                daysPastDue,
                                category,
                                QualitativeFloor.categoryOf(floor),
                                arrearsClearedOn,
                                defaultedAt,
                                outstanding()),
                        days,
                        asOf,
                        policy,
                        rates,
                        at);
        this.daysPastDue = r.daysPastDue();
        this.category = r.category();
        this.arrearsClearedOn = r.arrearsClearedOn();
        this.defaultedAt = r.defaultedAt();
        this.provisions = new Provisions(r.specificProvision(), r.generalProvision());
        return r.newDefault();
    }

    /** A credit officer's judgement that the loan is worse than its days past due show. */
    public boolean downgrade(LoanCategory floor, String reason, ProvisionRates rates, Instant at) {
        requireLive();
        this.floor = QualitativeFloor.lowered(this.floor, floor, reason, category);
        this.category = LoanCategory.worst(category, floor);
        provision(rates);
        return markDefaultIfNonPerforming(at);
    }

    /**
     * Upgrades a non-performing loan once the cure conditions hold (nothing overdue, enough months
     * of regular repayment since the arrears were cleared, no non-performing floor); otherwise
     * refused with the unmet condition.
     */
    public void cure(
            LocalDate asOf,
            ClassificationPolicy policy,
            int minimumCureMonths,
            ProvisionRates rates) {
        requireLive();
        int months =
                arrearsClearedOn == null
                        ? 0
                        : (int) Period.between(arrearsClearedOn, asOf).toTotalMonths();
        CureDecision decision =
                policy.cure(
                        category,
                        daysPastDue,
                        Math.max(0, months),
                        QualitativeFloor.categoryOf(floor),
                        minimumCureMonths);
        if (!decision.cured()) {
            throw new IllegalStateException("Cure refused: " + decision.refusalReason());
        }
        this.category = decision.category();
        provision(rates);
    }

    private boolean markDefaultIfNonPerforming(Instant at) {
        if (category.isNonPerforming() && defaultedAt == null) {
            defaultedAt = at;
            return true;
        }
        return false;
    }

    private void provision(ProvisionRates rates) {
        this.provisions = Provisions.of(rates, category, outstanding());
    }

    private void requireLive() {
        if (status != ExposureStatus.LIVE) {
            throw new IllegalStateException(
                    "Exposure " + reference + " is " + status.name().toLowerCase());
        }
    }

    public Money outstanding() {
        return Money.of(outstanding, Currency.getInstance(currency));
    }

    public Money principal() {
        return Money.of(principal, Currency.getInstance(currency));
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public ExposureProfile profile() {
        return profile;
    }

    public ExposureStatus getStatus() {
        return status;
    }

    public int getDaysPastDue() {
        return daysPastDue;
    }

    public LoanCategory getCategory() {
        return category;
    }

    /** The qualitative floor, if a credit officer set one. */
    public Optional<QualitativeFloor> qualitativeFloor() {
        return Optional.ofNullable(floor);
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Provisions provisions() {
        return provisions;
    }
}
