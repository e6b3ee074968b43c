package com.microcredit.portfolio.domain.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Core banking's end-of-day balance of a settlement account; one row per account and business date. */
@Entity
@Table(name = "account_balance")
@IdClass(AccountBalance.Key.class)
public class AccountBalance {

    @Id
    @Column(name = "account_number", length = 34)
    private String accountNumber;

    @Id
    @Column(name = "business_date")
    private LocalDate businessDate;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal balance;

    @Column(nullable = false, length = 3)
    private String currency;

    protected AccountBalance() {
    }

    public AccountBalance(String accountNumber, LocalDate businessDate, BigDecimal balance, String currency) {
        this.accountNumber = Objects.requireNonNull(accountNumber);
        this.businessDate = Objects.requireNonNull(businessDate);
        this.currency = Objects.requireNonNull(currency);
        restate(balance);
    }

    /** A later report for the same business date replaces the balance. */
    public void restate(BigDecimal newBalance) {
        this.balance = Objects.requireNonNull(newBalance).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    public String getAccountNumber() {
        return accountNumber;
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

    /** Composite key. */
    public static class Key implements Serializable {
        private String accountNumber;
        private LocalDate businessDate;

        public Key() {
        }

        public Key(String accountNumber, LocalDate businessDate) {
            this.accountNumber = accountNumber;
            this.businessDate = businessDate;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountNumber, k.accountNumber)
                    && Objects.equals(businessDate, k.businessDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountNumber, businessDate);
        }
    }
}
