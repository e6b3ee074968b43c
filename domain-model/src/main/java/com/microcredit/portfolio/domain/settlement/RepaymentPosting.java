package com.microcredit.portfolio.domain.settlement;

import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.persistence.EncryptedTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A repayment core banking collected on a loan. The posting id is the business key (unique), so a
 * redelivered posting never releases the principal twice.
 */
@Entity
@Table(name = "repayment_posting")
public class RepaymentPosting {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "posting_id", nullable = false, unique = true, length = 64)
    private String postingId;

    @Column(name = "loan_reference", nullable = false, length = 64)
    private String loanReference;

    /**
     * Encrypted at rest (ADR 0011, 0016), with its lookup hash; both null when core banking named
     * no account.
     */
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "account_cipher", length = 255)
    private String accountNumber;

    @Column(name = "account_hash", length = 64)
    private String accountHash;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal principal;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal interest;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Column(name = "days_past_due")
    private Integer daysPastDue;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected RepaymentPosting() {}

    public RepaymentPosting(
            String postingId,
            String loanReference,
            String accountNumber,
            BigDecimal principal,
            BigDecimal interest,
            String currency,
            LocalDate valueDate,
            Integer daysPastDue,
            Instant receivedAt,
            LookupHasher hasher) {
        this.postingId = Objects.requireNonNull(postingId, "posting id");
        this.loanReference = Objects.requireNonNull(loanReference, "loan reference");
        this.accountNumber = accountNumber;
        this.accountHash = accountNumber == null ? null : LedgerAccount.hash(hasher, accountNumber);
        this.principal =
                Objects.requireNonNull(principal, "principal")
                        .setScale(2, RoundingMode.UNNECESSARY);
        this.interest =
                Objects.requireNonNull(interest, "interest").setScale(2, RoundingMode.UNNECESSARY);
        if (this.principal.signum() < 0
                || this.interest.signum() < 0
                || this.principal.add(this.interest).signum() <= 0) {
            throw new IllegalArgumentException(
                    "a repayment needs a positive total and no negative part");
        }
        this.currency = Objects.requireNonNull(currency, "currency");
        this.valueDate = Objects.requireNonNull(valueDate, "value date");
        this.daysPastDue = daysPastDue;
        this.receivedAt = Objects.requireNonNull(receivedAt, "received at");
    }

    public Long getId() {
        return id;
    }

    public String getPostingId() {
        return postingId;
    }

    public String getLoanReference() {
        return loanReference;
    }

    /** The account debited, decrypted; null when the posting named none. */
    public String getAccountNumber() {
        return accountNumber;
    }

    /** The lookup hash of the account debited; null when the posting named none. */
    public String getAccountHash() {
        return accountHash;
    }

    public BigDecimal getPrincipal() {
        return principal;
    }

    public BigDecimal getInterest() {
        return interest;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public Integer getDaysPastDue() {
        return daysPastDue;
    }
}
