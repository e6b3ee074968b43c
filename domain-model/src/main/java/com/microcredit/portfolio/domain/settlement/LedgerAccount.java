package com.microcredit.portfolio.domain.settlement;

import com.microcredit.shared.domain.LookupHasher;
import java.util.Objects;

/**
 * How the settlement ledger keys an account number: the keyed lookup hash of ADR 0011, the same
 * value as {@code borrower.settlement_account_hash}, so ledger rows are found, grouped and joined
 * to their borrower without the number itself being stored in plain text (ADR 0016). The number
 * travels beside it encrypted (AES-GCM), for display (masked) and for the reconciliation's report.
 */
public final class LedgerAccount {

    private LedgerAccount() {}

    /**
     * The lookup hash of an account number, as stored in the ledger's {@code account_hash} columns.
     */
    public static String hash(LookupHasher hasher, String accountNumber) {
        return hasher.hash(Objects.requireNonNull(accountNumber, "account number").trim());
    }
}
