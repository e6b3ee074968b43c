package com.microcredit.portfolio.domain.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Core banking's end-of-day report of one settlement account and business date: opening and closing
 * balance, how many transactions it booked and (optionally) which. The reconciliation compares it
 * with our ledger.
 *
 * @param transactionIds the ids core banking booked, or null when the report did not list them
 */
public record EndOfDayReport(
        String accountNumber,
        LocalDate businessDate,
        String currency,
        BigDecimal openingBalance,
        BigDecimal closingBalance,
        int transactionCount,
        Set<String> transactionIds) {

    public EndOfDayReport {
        Objects.requireNonNull(accountNumber, "account number");
        Objects.requireNonNull(businessDate, "business date");
        Objects.requireNonNull(currency, "currency");
        openingBalance =
                Objects.requireNonNull(openingBalance, "opening balance")
                        .setScale(2, RoundingMode.UNNECESSARY);
        closingBalance =
                Objects.requireNonNull(closingBalance, "closing balance")
                        .setScale(2, RoundingMode.UNNECESSARY);
        if (transactionCount < 0) {
            throw new IllegalArgumentException("transaction count must not be negative");
        }
        if (transactionIds != null) {
            if (transactionIds.size() != transactionCount) {
                throw new IllegalArgumentException(
                        "the report lists "
                                + transactionIds.size()
                                + " transaction ids but counts "
                                + transactionCount);
            }
            transactionIds = Set.copyOf(transactionIds);
        }
    }

    public boolean listsIds() {
        return transactionIds != null;
    }

    /**
     * A stable digest of everything the report says, so a redelivery is told apart from a
     * restatement.
     */
    public String digest() {
        List<String> ids =
                transactionIds == null ? List.of("-") : transactionIds.stream().sorted().toList();
        String canonical =
                accountNumber
                        + '|'
                        + businessDate
                        + '|'
                        + currency
                        + '|'
                        + openingBalance.toPlainString()
                        + '|'
                        + closingBalance.toPlainString()
                        + '|'
                        + transactionCount
                        + '|'
                        + String.join(",", ids);
        try {
            byte[] hash =
                    java.security.MessageDigest.getInstance("SHA-256")
                            .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
