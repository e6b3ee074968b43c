package com.microcredit.platform.infrastructure.schema;

import com.microcredit.platform.infrastructure.crypto.FieldKeyRing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the plaintext account numbers of the settlement ledger (settlement_transaction,
 * account_balance, reconciliation_break, repayment_posting) into the lookup-hash and AES-GCM
 * columns V12_1 added, then drops the plaintext columns and rebuilds the keys and indexes on the
 * hash (ADR 0016). The rows are updated per distinct account, not per row: a ledger holds millions
 * of transactions on a few thousand accounts, and one ciphertext per account reveals nothing the
 * hash beside it does not already reveal (that the rows share an account). Same transaction
 * behaviour as V10_2: one transaction on Derby; on MySQL each DDL commits, and a failure marks the
 * version failed so the server does not start on a half-migrated schema.
 */
public class V12_2__EncryptLedgerAccountNumbers extends BaseJavaMigration {

    private static final Logger LOG =
            Logger.getLogger(V12_2__EncryptLedgerAccountNumbers.class.getName());

    private final FieldKeyRing keys;

    /** The key ring of this server, from the application's configuration. */
    public V12_2__EncryptLedgerAccountNumbers(FieldKeyRing keys) {
        this.keys = java.util.Objects.requireNonNull(keys, "key ring");
    }

    static final List<String> TABLES =
            List.of(
                    "settlement_transaction",
                    "account_balance",
                    "reconciliation_break",
                    "repayment_posting");

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean mysql =
                c.getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT)
                        .matches(".*(mysql|mariadb).*");
        List<String> counts = new ArrayList<>();
        for (String table : TABLES) {
            counts.add(table + " " + protect(c, keys, table));
        }
        for (String sql : mysql ? mysqlDdl() : derbyDdl()) {
            execute(c, sql);
        }
        LOG.info(
                () ->
                        "Ledger account numbers encrypted under key "
                                + keys.activeKeyId()
                                + " (accounts per table: "
                                + counts
                                + "); plaintext columns dropped");
    }

    /**
     * @return the number of distinct accounts of the table.
     */
    private static int protect(Connection c, FieldKeyRing keys, String table) throws SQLException {
        List<String> accounts = new ArrayList<>();
        try (Statement read = c.createStatement();
                ResultSet rs =
                        read.executeQuery(
                                "SELECT DISTINCT account_number FROM "
                                        + table
                                        + " WHERE account_number IS NOT NULL")) {
            while (rs.next()) {
                accounts.add(rs.getString(1));
            }
        }
        try (PreparedStatement write =
                c.prepareStatement(
                        "UPDATE "
                                + table
                                + " SET account_hash = ?, account_cipher = ? WHERE account_number ="
                                + " ?")) {
            int pending = 0;
            for (String account : accounts) {
                // normalised as LedgerAccount.hash and BorrowerNumbers.accountLookup do
                String plain = account.trim();
                write.setString(1, keys.lookupHash(plain));
                write.setString(2, keys.encrypt(plain));
                write.setString(3, account);
                write.addBatch();
                if (++pending % 200 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return accounts.size();
    }

    private static List<String> derbyDdl() {
        return List.of(
                "DROP INDEX ix_settlement_account_date",
                "DROP INDEX ix_settlement_account_dir_date",
                "ALTER TABLE settlement_transaction DROP COLUMN account_number",
                "ALTER TABLE settlement_transaction ALTER COLUMN account_hash NOT NULL",
                "ALTER TABLE settlement_transaction ALTER COLUMN account_cipher NOT NULL",
                "CREATE INDEX ix_settlement_hash_date ON settlement_transaction (account_hash,"
                        + " value_date)",
                "CREATE INDEX ix_settlement_hash_dir_date ON settlement_transaction (account_hash,"
                        + " direction, value_date)",
                "ALTER TABLE account_balance DROP CONSTRAINT pk_account_balance",
                "ALTER TABLE account_balance DROP COLUMN account_number",
                "ALTER TABLE account_balance ALTER COLUMN account_hash NOT NULL",
                "ALTER TABLE account_balance ALTER COLUMN account_cipher NOT NULL",
                "ALTER TABLE account_balance ADD CONSTRAINT pk_account_balance PRIMARY KEY"
                        + " (account_hash, business_date)",
                "DROP INDEX ix_break_account_date",
                "ALTER TABLE reconciliation_break DROP COLUMN account_number",
                "ALTER TABLE reconciliation_break ALTER COLUMN account_hash NOT NULL",
                "ALTER TABLE reconciliation_break ALTER COLUMN account_cipher NOT NULL",
                "CREATE INDEX ix_break_hash_date ON reconciliation_break (account_hash,"
                        + " business_date)",
                "ALTER TABLE repayment_posting DROP COLUMN account_number");
    }

    private static List<String> mysqlDdl() {
        return List.of(
                "DROP INDEX ix_settlement_account_date ON settlement_transaction",
                "DROP INDEX ix_settlement_account_dir_date ON settlement_transaction",
                "ALTER TABLE settlement_transaction DROP COLUMN account_number, MODIFY account_hash"
                        + " VARCHAR(64) NOT NULL, MODIFY account_cipher VARCHAR(255) NOT NULL",
                "CREATE INDEX ix_settlement_hash_date ON settlement_transaction (account_hash,"
                        + " value_date)",
                "CREATE INDEX ix_settlement_hash_dir_date ON settlement_transaction (account_hash,"
                        + " direction, value_date)",
                "ALTER TABLE account_balance DROP PRIMARY KEY, DROP COLUMN account_number, MODIFY"
                    + " account_hash VARCHAR(64) NOT NULL, MODIFY account_cipher VARCHAR(255) NOT"
                    + " NULL, ADD CONSTRAINT pk_account_balance PRIMARY KEY (account_hash,"
                    + " business_date)",
                "DROP INDEX ix_break_account_date ON reconciliation_break",
                "ALTER TABLE reconciliation_break DROP COLUMN account_number, MODIFY account_hash"
                        + " VARCHAR(64) NOT NULL, MODIFY account_cipher VARCHAR(255) NOT NULL",
                "CREATE INDEX ix_break_hash_date ON reconciliation_break (account_hash,"
                        + " business_date)",
                "ALTER TABLE repayment_posting DROP COLUMN account_number");
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
