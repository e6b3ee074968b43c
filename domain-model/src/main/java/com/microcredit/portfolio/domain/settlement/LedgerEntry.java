package com.microcredit.portfolio.domain.settlement;

import java.math.BigDecimal;
import java.util.Objects;

/** One settlement transaction as the reconciliation sees it: id, direction and amount. */
public record LedgerEntry(String transactionId, Direction direction, BigDecimal amount) {

    public LedgerEntry {
        Objects.requireNonNull(transactionId, "transaction id");
        Objects.requireNonNull(direction, "direction");
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("a ledger entry amount must be positive");
        }
    }

    /** The entry's effect on the balance: credits add, debits subtract. */
    public BigDecimal signedAmount() {
        return direction == Direction.CREDIT ? amount : amount.negate();
    }
}
