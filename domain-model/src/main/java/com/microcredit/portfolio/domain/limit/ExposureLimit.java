package com.microcredit.portfolio.domain.limit;

import com.microcredit.shared.domain.CodedText;
import com.microcredit.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A cap on exposure along one dimension and key (e.g. HUB_CHAIN / hub id). Invariant: 0 &le;
 * utilised &le; limit, always. A reservation that would break it is refused whole.
 */
@Entity
@Table(
        name = "exposure_limit",
        uniqueConstraints = @UniqueConstraint(columnNames = {"dimension", "limit_key"}))
public class ExposureLimit {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private LimitDimension dimension;

    @Column(name = "limit_key", nullable = false, length = 64)
    private String limitKey;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "limit_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal limitAmount;

    @Column(name = "utilised_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal utilisedAmount;

    @Column(name = "blocked_reason", length = 500)
    private String blockedReason;

    @Column(name = "max_single_amount", precision = 19, scale = 2)
    private BigDecimal maxSingleAmount;

    @Version private long version;

    protected ExposureLimit() {}

    public ExposureLimit(LimitDimension dimension, String limitKey, Money limit) {
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        if (limitKey == null || limitKey.isBlank()) {
            throw new IllegalArgumentException("limit key is required");
        }
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a limit cannot be negative");
        }
        this.limitKey = limitKey;
        this.currency = limit.currency().getCurrencyCode();
        this.limitAmount = limit.amount();
        this.utilisedAmount = Money.zero(limit.currency()).amount();
    }

    /**
     * A limit the system sets when exposure it covers is already on the book; refused if that
     * exceeds it.
     */
    public ExposureLimit(
            LimitDimension dimension, String limitKey, Money limit, Money alreadyReserved) {
        this(dimension, limitKey, limit);
        if (alreadyReserved.isGreaterThan(limit)) {
            throw new LimitExceededException(
                    dimension
                            + " limit "
                            + limitKey
                            + " of "
                            + limit
                            + " is below the "
                            + alreadyReserved
                            + " already on the book");
        }
        this.utilisedAmount = alreadyReserved.amount();
    }

    /** Reserves an amount against the limit, or refuses it whole. */
    public void reserve(Money amount) {
        checkAdmits(amount);
        this.utilisedAmount = utilised().plus(amount).amount();
    }

    /**
     * Whether a reservation would be admitted now, without changing anything; refuses with the
     * reason (blocked, or the amount would push utilisation past the limit).
     */
    public void checkAdmits(Money amount) {
        if (blockedReason != null) {
            throw new LimitExceededException(
                    dimension
                            + " limit "
                            + limitKey
                            + " is blocked: "
                            + CodedText.readable(blockedReason));
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a reservation must be positive");
        }
        if (maxSingleAmount != null && amount.amount().compareTo(maxSingleAmount) > 0) {
            throw new LimitExceededException(
                    dimension
                            + " limit "
                            + limitKey
                            + " admits at most "
                            + Money.of(maxSingleAmount, Currency.getInstance(currency))
                            + " in a single reservation");
        }
        Money after = utilised().plus(amount);
        if (after.isGreaterThan(limit())) {
            throw new LimitExceededException(
                    dimension
                            + " limit "
                            + limitKey
                            + " would be exceeded: "
                            + after
                            + " > "
                            + limit());
        }
    }

    /**
     * Sets a new limit amount (after dual control). Never below what is already reserved: cutting a
     * limit under its utilisation would make the invariant false; exposure must run off first.
     */
    public void changeAmount(Money newLimit) {
        if (newLimit.isNegative()) {
            throw new LimitExceededException("A limit cannot be negative");
        }
        if (utilised().isGreaterThan(newLimit)) {
            throw new LimitExceededException(
                    dimension
                            + " limit "
                            + limitKey
                            + " cannot be set to "
                            + newLimit
                            + ": "
                            + utilised()
                            + " is already reserved against it");
        }
        this.limitAmount = newLimit.amount();
    }

    /** Caps any single reservation (the blind ceiling's single-loan cap); null removes the cap. */
    public void capSingleReservation(Money max) {
        this.maxSingleAmount = max == null ? null : max.amount();
    }

    /**
     * Stops new reservations (e.g. the blind programme is suspended, a hub is distressed); releases
     * still work.
     */
    public void block(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Blocking a limit needs a reason");
        }
        this.blockedReason = reason.strip();
    }

    public void unblock() {
        this.blockedReason = null;
    }

    public String getBlockedReason() {
        return blockedReason;
    }

    /** Releases a reservation (cancellation or repayment); never below zero. */
    public void release(Money amount) {
        Money after = utilised().minus(amount);
        if (after.isNegative()) {
            throw new IllegalStateException(
                    "release of " + amount + " exceeds utilisation " + utilised());
        }
        this.utilisedAmount = after.amount();
    }

    public Money limit() {
        return Money.of(limitAmount, Currency.getInstance(currency));
    }

    public Money utilised() {
        return Money.of(utilisedAmount, Currency.getInstance(currency));
    }

    public Money available() {
        return limit().minus(utilised());
    }

    public Long getId() {
        return id;
    }

    public LimitDimension getDimension() {
        return dimension;
    }

    public String getLimitKey() {
        return limitKey;
    }

    /** The largest single reservation admitted, or null when there is none. */
    public BigDecimal getMaxSingleAmount() {
        return maxSingleAmount;
    }
}
