package com.microcredit.portfolio.domain.change;

import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.Money;
import com.microcredit.shared.domain.approval.MakerChecker;
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
import java.util.Collection;
import java.util.Currency;

/**
 * A proposed new amount for one limit (or a new limit), and – once decided – the audit record of
 * the change with the amount before and after. Applied only when a second person approves (the one
 * {@link MakerChecker}).
 */
@Entity
@Table(name = "limit_change")
public class LimitChange {

    /** Column size of the reason (characters). */
    public static final int REASON_MAX = 500;

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

    @Column(name = "before_amount", precision = 19, scale = 2)
    private BigDecimal beforeAmount;

    @Column(name = "proposed_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal proposedAmount;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Embedded private MakerChecker approval;

    @Version private long version;

    protected LimitChange() {}

    private LimitChange(
            LimitDimension dimension,
            String limitKey,
            Money proposed,
            String reason,
            MakerChecker approval) {
        if (proposed.isNegative()) {
            throw new FieldRefusal("amount", "NEGATIVE");
        }
        this.dimension = dimension;
        this.limitKey = limitKey;
        this.currency = proposed.currency().getCurrencyCode();
        this.proposedAmount = proposed.amount();
        this.reason = MakerChecker.reason(reason, REASON_MAX);
        this.approval = approval;
    }

    public static LimitChange propose(
            LimitDimension dimension,
            String limitKey,
            Money proposed,
            String reason,
            String proposedBy,
            Instant at) {
        return new LimitChange(
                dimension, limitKey, proposed, reason, MakerChecker.propose(proposedBy, at));
    }

    /**
     * The target (limit key) of a proposal, stripped, if it is one of the known targets of its
     * dimension (a product, region, industry, borrower, group or hub the book or the defined limits
     * know); refused on the field {@code key} otherwise – a limit for a target that does not exist
     * would cap nothing.
     */
    public static String knownTarget(
            LimitDimension dimension, String key, Collection<String> known) {
        String target = key == null ? "" : key.strip();
        if (target.isEmpty()) {
            throw new FieldRefusal("key", "REQUIRED");
        }
        if (!known.contains(target)) {
            throw new FieldRefusal("key", "LIMIT_TARGET_UNKNOWN", dimension);
        }
        return target;
    }

    /** The record of a limit the system set itself (no approval step), e.g. at hub onboarding. */
    public static LimitChange appliedBySystem(
            LimitDimension dimension,
            String limitKey,
            Money amount,
            String reason,
            String by,
            Instant at) {
        return new LimitChange(
                dimension, limitKey, amount, reason, MakerChecker.appliedBySystem(by, at));
    }

    /** Approves and records the amount the limit had before (null for a new limit). */
    public void approve(String approver, Instant at, String note, Money before) {
        approval.approve(approver, at, note);
        this.beforeAmount = before == null ? null : before.amount();
    }

    public void reject(String checker, Instant at, String note) {
        approval.rejectOrWithdraw(checker, at, note);
    }

    public Money proposed() {
        return Money.of(proposedAmount, Currency.getInstance(currency));
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

    public BigDecimal getBeforeAmount() {
        return beforeAmount;
    }

    public String getReason() {
        return reason;
    }

    /** Who proposed, who decided, and where the change stands. */
    public MakerChecker approval() {
        return approval;
    }
}
