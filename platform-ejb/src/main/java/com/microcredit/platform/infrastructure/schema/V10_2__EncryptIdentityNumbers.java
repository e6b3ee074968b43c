package com.microcredit.platform.infrastructure.schema;

import com.microcredit.platform.infrastructure.crypto.FieldKeyRing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves every identity number and settlement account number already stored in plain text into its
 * encrypted column (AES-256-GCM under the active key) with its keyed lookup hash, moves the
 * blacklist to a table keyed by the hash, then drops the plaintext columns and their indexes, so no
 * plaintext copy is left in the schema. Runs in the migration's transaction on Derby (a failure
 * leaves the schema as it was); on MySQL each DDL statement commits, and Flyway marks the version
 * failed so that the start stops before the application reads half-migrated rows.
 */
public class V10_2__EncryptIdentityNumbers extends BaseJavaMigration {

    private static final Logger LOG =
            Logger.getLogger(V10_2__EncryptIdentityNumbers.class.getName());

    private final FieldKeyRing keys;

    /** The key ring of this server, from the application's configuration. */
    public V10_2__EncryptIdentityNumbers(FieldKeyRing keys) {
        this.keys = java.util.Objects.requireNonNull(keys, "key ring");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean mysql =
                c.getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT)
                        .matches(".*(mysql|mariadb).*");
        int borrowers = encryptBorrowers(c, keys);
        int listed = moveBlacklist(c, keys);
        for (String sql : mysql ? mysqlDdl() : derbyDdl()) {
            execute(c, sql);
        }
        execute(
                c,
                "ALTER TABLE borrower ADD CONSTRAINT uq_borrower_identity_hash UNIQUE"
                        + " (identity_hash)");
        execute(
                c,
                "CREATE INDEX ix_borrower_settlement_hash ON borrower (settlement_account_hash)");
        if (mysql) {
            appendOnlyTriggers(c);
        }
        LOG.info(
                () ->
                        "Encrypted the identity numbers of "
                                + borrowers
                                + " borrowers and "
                                + listed
                                + " blacklist entries under key "
                                + keys.activeKeyId()
                                + "; plaintext columns dropped");
    }

    private static int encryptBorrowers(Connection c, FieldKeyRing keys) throws SQLException {
        int count = 0;
        try (Statement read = c.createStatement();
                ResultSet rs =
                        read.executeQuery(
                                "SELECT id, identity_number, settlement_account FROM borrower");
                PreparedStatement write =
                        c.prepareStatement(
                                "UPDATE borrower SET identity_cipher = ?, identity_hash = ?,"
                                    + " settlement_account_cipher = ?, settlement_account_hash = ?"
                                    + " WHERE id = ?")) {
            while (rs.next()) {
                String identity = rs.getString(2).trim().toUpperCase(Locale.ROOT);
                String account = rs.getString(3) == null ? null : rs.getString(3).trim();
                write.setString(1, keys.encrypt(identity));
                write.setString(2, keys.lookupHash(identity));
                write.setString(3, keys.encrypt(account));
                write.setString(4, keys.lookupHash(account));
                write.setLong(5, rs.getLong(1));
                write.addBatch();
                if (++count % 500 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return count;
    }

    private static int moveBlacklist(Connection c, FieldKeyRing keys) throws SQLException {
        int count = 0;
        try (Statement read = c.createStatement();
                ResultSet rs =
                        read.executeQuery(
                                "SELECT identity_number, reason, listed_at FROM blacklist_entry");
                PreparedStatement write =
                        c.prepareStatement(
                                "INSERT INTO blacklist_entry_protected (identity_hash,"
                                    + " identity_cipher, reason, listed_at) VALUES (?, ?, ?, ?)")) {
            while (rs.next()) {
                String identity = rs.getString(1).trim().toUpperCase(Locale.ROOT);
                write.setString(1, keys.lookupHash(identity));
                write.setString(2, keys.encrypt(identity));
                write.setString(3, rs.getString(2));
                write.setTimestamp(4, rs.getTimestamp(3));
                write.addBatch();
                count++;
            }
            write.executeBatch();
        }
        execute(c, "DROP TABLE blacklist_entry");
        execute(c, "RENAME TABLE blacklist_entry_protected TO blacklist_entry");
        return count;
    }

    private static List<String> derbyDdl() {
        return List.of(
                "ALTER TABLE borrower DROP CONSTRAINT uq_borrower_identity",
                "DROP INDEX ix_borrower_settlement",
                "ALTER TABLE borrower DROP COLUMN identity_number",
                "ALTER TABLE borrower DROP COLUMN settlement_account",
                "ALTER TABLE borrower ALTER COLUMN identity_cipher NOT NULL",
                "ALTER TABLE borrower ALTER COLUMN identity_hash NOT NULL");
    }

    private static List<String> mysqlDdl() {
        return List.of(
                "ALTER TABLE borrower DROP INDEX uq_borrower_identity",
                "DROP INDEX ix_borrower_settlement ON borrower",
                "ALTER TABLE borrower DROP COLUMN identity_number, DROP COLUMN settlement_account,"
                        + " MODIFY identity_cipher VARCHAR(255) NOT NULL, MODIFY identity_hash"
                        + " VARCHAR(64) NOT NULL");
    }

    /**
     * On MySQL the database itself refuses to update or delete audit rows. Creating a trigger needs
     * the TRIGGER privilege (and, with binary logging, log_bin_trust_function_creators); without it
     * the application's own refusal still holds and the log says what to grant.
     */
    private static void appendOnlyTriggers(Connection c) {
        try {
            execute(
                    c,
                    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW"
                            + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is"
                            + " append-only'");
            execute(
                    c,
                    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW"
                            + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is"
                            + " append-only'");
        } catch (SQLException e) {
            LOG.warning(
                    () ->
                            "Append-only triggers on audit_entry not created ("
                                    + e.getMessage()
                                    + "); grant TRIGGER to the schema owner, or revoke UPDATE and"
                                    + " DELETE on audit_entry from the application's account");
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
