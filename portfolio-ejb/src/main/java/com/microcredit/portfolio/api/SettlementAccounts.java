package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the bank sees of a settlement account: the transactions core banking streamed to us and the
 * end-of-day balances it reported. The relationship path's deposit-anchored rule and the group
 * minimum-deposit rule read from here.
 */
@Local
public interface SettlementAccounts {

    /** Credits and debits on the account with value dates in [from, to]. */
    AccountActivity activity(String accountNumber, LocalDate from, LocalDate to);

    /**
     * The credits into the account in each window, in the order given, read in one statement (the
     * relationship path asks for its coverage window and the last three months at once).
     */
    List<BigDecimal> credits(String accountNumber, List<DateWindow> windows);

    /** The latest end-of-day balance reported for the account. */
    Optional<AccountBalanceView> latestBalance(String accountNumber);

    /**
     * Applies one settlement transaction streamed by core banking (direction CREDIT or DEBIT),
     * once: returns false when the transaction id was applied before.
     */
    boolean postTransaction(
            String transactionId,
            String accountNumber,
            String direction,
            BigDecimal amount,
            String currency,
            String counterpartyName,
            String counterpartyIndustryCode,
            LocalDate valueDate);

    /**
     * Records core banking's end-of-day balance (idempotent per account and date: a later report
     * replaces it).
     */
    AccountBalanceView recordEndOfDayBalance(
            String accountNumber, LocalDate businessDate, BigDecimal balance, String currency);
}
