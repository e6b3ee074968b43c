package com.microcredit.portfolio.application;

import com.microcredit.platform.api.SameKey;
import com.microcredit.portfolio.domain.settlement.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A settlement transaction as the ledger holds it, for comparing a message with the same
 * transaction id (ADR 0025): every field of the message is stored, the account as its lookup hash.
 */
public record AppliedTransaction(
        long id,
        String accountHash,
        Direction direction,
        BigDecimal amount,
        String currency,
        String counterpartyName,
        String counterpartyIndustryCode,
        LocalDate valueDate) {

    /** The stored fields against the message's; {@code accountHash}: the message account's. */
    public SameKey compareWith(SettlementTransactionMessage m, String messageAccountHash) {
        return SameKey.compare()
                .field("accountNumber", accountHash, messageAccountHash)
                .field("direction", direction, m.direction())
                .field("amount", amount, m.amount())
                .field("currency", currency, m.currency())
                .field("counterpartyName", counterpartyName, m.counterpartyName())
                .field(
                        "counterpartyIndustryCode",
                        counterpartyIndustryCode,
                        m.counterpartyIndustryCode())
                .field("valueDate", valueDate, m.valueDate());
    }
}
