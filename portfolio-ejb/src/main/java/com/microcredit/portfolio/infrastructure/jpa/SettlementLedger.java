package com.microcredit.portfolio.infrastructure.jpa;

import com.microcredit.portfolio.application.AppliedTransaction;
import com.microcredit.portfolio.application.LedgerStore;
import com.microcredit.portfolio.application.SettlementTransactionMessage;
import com.microcredit.portfolio.domain.settlement.AccountBalance;
import com.microcredit.portfolio.domain.settlement.Direction;
import com.microcredit.portfolio.domain.settlement.LedgerAccount;
import com.microcredit.portfolio.domain.settlement.LedgerEntry;
import com.microcredit.portfolio.domain.settlement.SettlementTransaction;
import com.microcredit.shared.domain.LookupHasher;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The settlement ledger: one row per core-banking transaction ({@code settlement_transaction}),
 * written with one statement per message and no read before it. The transaction id's unique key
 * makes the insert idempotent: on MySQL/MariaDB {@code INSERT IGNORE} skips a duplicate (the parser
 * has already bounded every column, so IGNORE cannot hide a truncation); on Derby the statement
 * inserts only when no row with that id exists. A concurrent duplicate that slips past either waits
 * on the key and fails; the whole delivery rolls back and its redelivery finds the committed row.
 * The count tells the caller whether this delivery applied the transaction (docs/adr/0007). The
 * account number is stored as its lookup hash and AES-GCM ciphertext only (ADR 0016); the statement
 * is still one insert per message, the hash and ciphertext computed once per account ({@link
 * KnownAccounts#ledgerForm}).
 */
@Dependent
public class SettlementLedger implements LedgerStore {

    @Inject private LookupHasher hasher;

    private static final String COLUMNS =
            "(id, transaction_id, direction, amount, currency, counterparty_name,"
                + " counterparty_industry, value_date, received_at, account_hash, account_cipher)";
    private static final String MYSQL =
            "INSERT IGNORE INTO settlement_transaction "
                    + COLUMNS
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DERBY =
            "INSERT INTO settlement_transaction "
                    + COLUMNS
                    + " SELECT CAST(? AS BIGINT), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(8)),"
                    + " CAST(? AS DECIMAL(19,2)), CAST(? AS CHAR(3)), CAST(? AS VARCHAR(200)),"
                    + " CAST(? AS VARCHAR(8)), CAST(? AS DATE), CAST(? AS TIMESTAMP), CAST(? AS"
                    + " VARCHAR(64)), CAST(? AS VARCHAR(255)) FROM SYSIBM.SYSDUMMY1 WHERE NOT"
                    + " EXISTS (SELECT 1 FROM settlement_transaction WHERE transaction_id = ?)";

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private IdBlocks ids;

    @Inject private Dialect dialect;

    @Inject private KnownAccounts accounts;

    @jakarta.annotation.Resource(lookup = "jdbc/mcrc")
    private javax.sql.DataSource dataSource;

    /**
     * @return true if this call recorded the transaction, false if its id was recorded before.
     */
    @Override
    public boolean recordOnce(
            String transactionId,
            String account,
            Direction direction,
            BigDecimal amount,
            String currency,
            String counterpartyName,
            String industry,
            LocalDate valueDate,
            Instant receivedAt) {
        boolean mysql = dialect.isMySql();
        var query =
                em.createNativeQuery(mysql ? MYSQL : DERBY)
                        .setParameter(1, ids.next())
                        .setParameter(2, transactionId)
                        .setParameter(3, direction.name())
                        .setParameter(4, amount)
                        .setParameter(5, currency)
                        .setParameter(6, counterpartyName)
                        .setParameter(7, industry)
                        .setParameter(8, java.sql.Date.valueOf(valueDate))
                        .setParameter(9, Timestamp.from(receivedAt))
                        .setParameter(10, accounts.ledgerForm(account)[0])
                        .setParameter(11, accounts.ledgerForm(account)[1]);
        if (!mysql) {
            query.setParameter(12, transactionId);
        }
        return query.executeUpdate() == 1;
    }

    /**
     * Records many transactions in one JDBC batch on the transaction's connection (one round trip
     * on MySQL, where the driver rewrites the batch into one multi-row statement). Duplicates, also
     * within the batch, are skipped as in {@link #recordOnce}; the driver does not report which
     * rows were new, so callers needing that (fund usage) use recordOnce for those messages, and
     * the others compare the row ids this call gave with those {@link #applied} reads back.
     */
    @Override
    public long[] recordAll(List<SettlementTransactionMessage> entries, Instant receivedAt) {
        long[] given = new long[entries.size()];
        if (entries.isEmpty()) {
            return given;
        }
        int n = 0;
        boolean mysql = dialect.isMySql();
        Timestamp at = Timestamp.from(receivedAt);
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement insert = c.prepareStatement(mysql ? MYSQL : DERBY)) {
            for (var m : entries) {
                given[n] = ids.next();
                insert.setLong(1, given[n++]);
                insert.setString(2, m.transactionId());
                insert.setString(3, m.direction().name());
                insert.setBigDecimal(4, m.amount());
                insert.setString(5, m.currency());
                insert.setString(6, m.counterpartyName());
                insert.setString(7, m.counterpartyIndustryCode());
                insert.setDate(8, java.sql.Date.valueOf(m.valueDate()));
                insert.setTimestamp(9, at);
                String[] account = accounts.ledgerForm(m.accountNumber());
                insert.setString(10, account[0]);
                insert.setString(11, account[1]);
                if (!mysql) {
                    insert.setString(12, m.transactionId());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException(
                    "Cannot record settlement transactions", e);
        }
        return given;
    }

    /**
     * One read on the transaction's connection (it sees this transaction's inserts) of every
     * compared column of the given ids; the account stays its lookup hash.
     */
    @Override
    public java.util.Map<String, AppliedTransaction> applied(
            java.util.Collection<String> transactionIds) {
        java.util.Map<String, AppliedTransaction> byId = new java.util.HashMap<>();
        if (transactionIds.isEmpty()) {
            return byId;
        }
        String sql =
                "SELECT id, transaction_id, account_hash, direction, amount, currency,"
                        + " counterparty_name, counterparty_industry, value_date FROM"
                        + " settlement_transaction WHERE transaction_id IN ("
                        + markers(transactionIds.size())
                        + ")";
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement read = c.prepareStatement(sql)) {
            int p = 1;
            for (String id : transactionIds) {
                read.setString(p++, id);
            }
            try (java.sql.ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    byId.put(
                            rs.getString(2),
                            new AppliedTransaction(
                                    rs.getLong(1),
                                    rs.getString(3),
                                    Direction.valueOf(rs.getString(4)),
                                    rs.getBigDecimal(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getDate(9).toLocalDate()));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException(
                    "Cannot read the settlement ledger", e);
        }
        return byId;
    }

    @Override
    public String account(long id) {
        return em.find(SettlementTransaction.class, id).getAccountNumber();
    }

    /**
     * The ledger entries of many accounts (by lookup hash) and value dates, read with one
     * statement, grouped per account and day (the caller looks up the pairs it needs among them).
     * Reads what is committed and what this transaction wrote with JDBC; JPA changes pending in the
     * persistence context (none to this table) are not flushed for it.
     */
    @Override
    public java.util.Map<AccountBalance.Key, List<LedgerEntry>> entries(
            java.util.Collection<String> accountHashes,
            java.util.Collection<LocalDate> valueDates) {
        java.util.Map<AccountBalance.Key, List<LedgerEntry>> byDay = new java.util.HashMap<>();
        if (accountHashes.isEmpty() || valueDates.isEmpty()) {
            return byDay;
        }
        // Plain JDBC on the transaction's connection: a batch of 100 reports reads 10,000 entries,
        // and mapping them through a JPA report query took several times longer than the read.
        String sql =
                "SELECT account_hash, value_date, transaction_id, direction, amount FROM"
                        + " settlement_transaction WHERE account_hash IN ("
                        + markers(accountHashes.size())
                        + ") AND value_date IN ("
                        + markers(valueDates.size())
                        + ")";
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement read = c.prepareStatement(sql)) {
            int p = 1;
            for (String hash : accountHashes) {
                read.setString(p++, hash);
            }
            for (LocalDate date : valueDates) {
                read.setDate(p++, java.sql.Date.valueOf(date));
            }
            try (java.sql.ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    byDay.computeIfAbsent(
                                    new AccountBalance.Key(
                                            rs.getString(1), rs.getDate(2).toLocalDate()),
                                    k -> new java.util.ArrayList<>())
                            .add(
                                    new LedgerEntry(
                                            rs.getString(3),
                                            Direction.valueOf(rs.getString(4)),
                                            rs.getBigDecimal(5)));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException(
                    "Cannot read the settlement ledger", e);
        }
        return byDay;
    }

    /** The ledger entries of an account with the given value date. */
    @Override
    public List<LedgerEntry> entries(String account, LocalDate valueDate) {
        return em.createQuery(
                        "select t.transactionId, t.direction, t.amount from SettlementTransaction t"
                                + " where t.accountHash = :a and t.valueDate = :d",
                        Object[].class)
                .setParameter("a", LedgerAccount.hash(hasher, account))
                .setParameter("d", valueDate)
                .getResultStream()
                .map(r -> new LedgerEntry((String) r[0], (Direction) r[1], (BigDecimal) r[2]))
                .toList();
    }

    /** The parameter markers of an IN list of n values (n at least 1): {@code ?,?,?}. */
    private static String markers(int n) {
        return "?,".repeat(n - 1) + "?";
    }
}
