package com.microcredit.portfolio.application;

import com.microcredit.portfolio.domain.settlement.AccountBalance;
import com.microcredit.portfolio.domain.settlement.Direction;
import com.microcredit.portfolio.domain.settlement.LedgerEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port to the settlement ledger (implemented by {@code infrastructure.jpa.SettlementLedger}, ADR
 * 0007, 0016): one row per core-banking transaction, recorded once however often it is delivered.
 */
public interface LedgerStore {

    /**
     * @return true if this call recorded the transaction, false if its id was recorded before.
     */
    boolean recordOnce(
            String transactionId,
            String account,
            Direction direction,
            BigDecimal amount,
            String currency,
            String counterpartyName,
            String industry,
            LocalDate valueDate,
            Instant receivedAt);

    /**
     * Records many transactions at once; duplicates, also within the batch, are skipped.
     *
     * @return the row id given to each entry, in order: an entry was recorded by this call exactly
     *     when the row its transaction id holds afterwards has that id
     */
    long[] recordAll(List<SettlementTransactionMessage> entries, Instant receivedAt);

    /** The recorded transactions of these ids (one read), by transaction id. */
    Map<String, AppliedTransaction> applied(Collection<String> transactionIds);

    /** The account number of a recorded transaction (decrypted), by row id. */
    String account(long id);

    /** The entries of many accounts (by lookup hash) and value dates, per account and day. */
    Map<AccountBalance.Key, List<LedgerEntry>> entries(
            Collection<String> accountHashes, Collection<LocalDate> valueDates);

    /** The ledger entries of an account with the given value date. */
    List<LedgerEntry> entries(String account, LocalDate valueDate);
}
