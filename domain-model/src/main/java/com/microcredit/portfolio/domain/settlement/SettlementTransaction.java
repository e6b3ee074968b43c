package com.microcredit.portfolio.domain.settlement;

import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.domain.Money;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One transaction on a borrower's settlement account as core banking reported it. The core banking
 * transaction id is the business key: unique, so a redelivered message has no second effect.
 */
@Entity
@Table(name = "settlement_transaction")
public class SettlementTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "transaction_id", nullable = false, unique = true, length = 64)
    private String transactionId;

    /**
     * Encrypted at rest (ADR 0011, 0016); equality look-ups and grouping use {@link #accountHash}.
     */
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "account_cipher", nullable = false, length = 255)
    private String accountNumber;

    @Column(name = "account_hash", nullable = false, length = 64)
    private String accountHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Direction direction;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "counterparty_name", length = 200)
    private String counterpartyName;

    @Column(name = "counterparty_industry", length = 8)
    private String counterpartyIndustryCode;

    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected SettlementTransaction() {}

    public SettlementTransaction(
            String transactionId,
            String accountNumber,
            Direction direction,
            Money amount,
            String counterpartyName,
            String counterpartyIndustryCode,
            LocalDate valueDate,
            Instant receivedAt,
            LookupHasher hasher) {
        this.transactionId = Objects.requireNonNull(transactionId, "transaction id");
        this.accountNumber = Objects.requireNonNull(accountNumber, "account number");
        this.accountHash = LedgerAccount.hash(hasher, accountNumber);
        this.direction = Objects.requireNonNull(direction, "direction");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a settlement transaction amount must be positive");
        }
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.counterpartyName = counterpartyName;
        this.counterpartyIndustryCode = counterpartyIndustryCode;
        this.valueDate = Objects.requireNonNull(valueDate, "value date");
        this.receivedAt = Objects.requireNonNull(receivedAt, "received at");
    }

    public Long getId() {
        return id;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getAccountHash() {
        return accountHash;
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getCounterpartyName() {
        return counterpartyName;
    }

    public String getCounterpartyIndustryCode() {
        return counterpartyIndustryCode;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
