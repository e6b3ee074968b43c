package com.microcredit.portfolio.domain.settlement;

import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.persistence.EncryptedTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Core banking's end-of-day balance of a settlement account; one row per account and business date.
 * The account is keyed by its lookup hash; the number itself is stored encrypted (ADR 0016).
 */
@Entity
@Table(name = "account_balance")
@IdClass(AccountBalance.Key.class)
public class AccountBalance {

    @Id
    @Column(name = "account_hash", length = 64)
    private String accountHash;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "account_cipher", nullable = false, length = 255)
    private String accountNumber;

    @Id
    @Column(name = "business_date")
    private LocalDate businessDate;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal balance;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "opening_balance", precision = 19, scale = 2)
    private BigDecimal openingBalance;

    @Column(name = "transaction_count")
    private Integer transactionCount;

    @Column(name = "ids_reported")
    private Boolean idsReported;

    @Column(name = "report_digest", length = 64)
    private String reportDigest;

    /** The transaction ids the report named, one per line (ids never hold line breaks), or null. */
    @jakarta.persistence.Lob
    @Column(name = "reported_ids")
    private String reportedIds;

    @Column(name = "received_at")
    private java.time.Instant receivedAt;

    @Column(name = "reconciled_at")
    private java.time.Instant reconciledAt;

    @Column(name = "ledger_credits", precision = 19, scale = 2)
    private BigDecimal ledgerCredits;

    @Column(name = "ledger_debits", precision = 19, scale = 2)
    private BigDecimal ledgerDebits;

    @Column(name = "ledger_count")
    private Integer ledgerCount;

    @Column(name = "open_breaks")
    private Integer openBreaks;

    protected AccountBalance() {}

    public AccountBalance(
            String accountNumber,
            LocalDate businessDate,
            BigDecimal balance,
            String currency,
            LookupHasher hasher) {
        this.accountNumber = Objects.requireNonNull(accountNumber);
        this.accountHash = LedgerAccount.hash(hasher, accountNumber);
        this.businessDate = Objects.requireNonNull(businessDate);
        this.currency = Objects.requireNonNull(currency);
        restate(balance);
    }

    /** A later report for the same business date replaces the balance. */
    public void restate(BigDecimal newBalance) {
        this.balance =
                Objects.requireNonNull(newBalance).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * Stores core banking's full end-of-day report (a balance recorded without one keeps the
     * nulls).
     */
    public void report(EndOfDayReport report, java.time.Instant now) {
        if (!report.accountNumber().equals(accountNumber)
                || !report.businessDate().equals(businessDate)) {
            throw new IllegalArgumentException("the report is for another account or day");
        }
        restate(report.closingBalance());
        this.currency = report.currency();
        this.openingBalance = report.openingBalance();
        this.transactionCount = report.transactionCount();
        this.idsReported = report.listsIds();
        this.reportDigest = report.digest();
        this.reportedIds =
                report.listsIds()
                        ? String.join("\n", report.transactionIds().stream().sorted().toList())
                        : null;
        this.receivedAt = now;
    }

    /** Our ledger's side of the last reconciliation of this day. */
    public void reconciled(
            Reconciliation.Result result, int openBreakCount, java.time.Instant now) {
        this.ledgerCredits = result.ledgerCredits();
        this.ledgerDebits = result.ledgerDebits();
        this.ledgerCount = result.ledgerCount();
        this.openBreaks = openBreakCount;
        this.reconciledAt = now;
    }

    /**
     * The report as stored; empty when only a closing balance was recorded (no reconciliation
     * possible).
     */
    public java.util.Optional<EndOfDayReport> asReport() {
        if (openingBalance == null || transactionCount == null) {
            return java.util.Optional.empty();
        }
        java.util.Set<String> ids = null;
        if (Boolean.TRUE.equals(idsReported)) {
            ids =
                    reportedIds == null || reportedIds.isEmpty()
                            ? java.util.Set.of()
                            : java.util.Set.of(reportedIds.split("\n"));
        }
        return java.util.Optional.of(
                new EndOfDayReport(
                        accountNumber,
                        businessDate,
                        currency,
                        openingBalance,
                        balance,
                        transactionCount,
                        ids));
    }

    /** A person resolved one of the day's open breaks. */
    public void breakResolved() {
        if (openBreaks != null && openBreaks > 0) {
            openBreaks--;
        }
    }

    public String getReportDigest() {
        return reportDigest;
    }

    public BigDecimal getOpeningBalance() {
        return openingBalance;
    }

    public Integer getTransactionCount() {
        return transactionCount;
    }

    public BigDecimal getLedgerCredits() {
        return ledgerCredits;
    }

    public BigDecimal getLedgerDebits() {
        return ledgerDebits;
    }

    public Integer getLedgerCount() {
        return ledgerCount;
    }

    public Integer getOpenBreaks() {
        return openBreaks;
    }

    public java.time.Instant getReconciledAt() {
        return reconciledAt;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getAccountHash() {
        return accountHash;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public String getCurrency() {
        return currency;
    }

    /** The key of an account's (plain number) day. */
    public static Key key(LookupHasher hasher, String accountNumber, LocalDate businessDate) {
        return new Key(LedgerAccount.hash(hasher, accountNumber), businessDate);
    }

    /** Composite key: the account's lookup hash and the business date. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String accountHash;
        private LocalDate businessDate;

        public Key() {}

        public Key(String accountHash, LocalDate businessDate) {
            this.accountHash = accountHash;
            this.businessDate = businessDate;
        }

        public String accountHash() {
            return accountHash;
        }

        public LocalDate businessDate() {
            return businessDate;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(accountHash, k.accountHash)
                    && Objects.equals(businessDate, k.businessDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountHash, businessDate);
        }
    }
}
