package com.microcredit.portfolio.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Port to the settlement accounts the bank knows (implemented by {@code
 * infrastructure.jpa.KnownAccounts}): which accounts belong to a borrower, and the borrowers whose
 * settlement-flow coverage is watched. Account numbers are encrypted at rest (ADR 0011, 0016).
 */
public interface AccountRegister {

    /** A borrower with a settlement account and at least one live loan. */
    record MonitoredHolder(long borrowerId, String accountNumber, BigDecimal annualTurnover) {}

    /** Whether a borrower holds the account as settlement account. */
    boolean isKnown(String accountNumber);

    /** The borrower who holds the settlement account, if any. */
    Optional<Long> holder(String accountNumber);

    /** How the ledger stores an account: its lookup hash and ciphertext ({hash, ciphertext}). */
    String[] ledgerForm(String accountNumber);

    /** Borrowers with a settlement account and at least one live loan, by id. */
    List<MonitoredHolder> monitoredHolders();
}
