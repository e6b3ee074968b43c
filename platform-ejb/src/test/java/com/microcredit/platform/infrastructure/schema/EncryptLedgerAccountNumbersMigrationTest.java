package com.microcredit.platform.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.infrastructure.crypto.FieldKeyRing;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The V12 migration on a ledger that already holds plaintext account numbers (the real migrations
 * on an in-memory Derby): every row gets the account's lookup hash and AES-GCM form, the plaintext
 * columns are gone, and the business keys still hold (one balance per account and day, one row per
 * core-banking transaction id).
 */
class EncryptLedgerAccountNumbersMigrationTest {

    private static final String A1 = "6222020000000001";
    private static final String A2 = "6222020000000002";

    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    @Test
    void existingLedgerAccountNumbersAreProtectedAndThePlaintextColumnsDropped() throws Exception {
        String url = "jdbc:derby:memory:v12-" + UUID.randomUUID() + ";create=true";
        FieldKeyRing keys = new FieldKeyRing(Map.of("t1", key(1)), "t1", key(2));
        flyway(url, "10.2", keys).migrate();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.executeUpdate(transaction(1, "T1", A1));
            s.executeUpdate(transaction(2, "T2", A1));
            s.executeUpdate(transaction(3, "T3", A2));
            s.executeUpdate(
                    "INSERT INTO account_balance (account_number, business_date, balance, currency)"
                            + " VALUES ('"
                            + A1
                            + "', DATE('2026-11-20'), 10.00, 'CNY')");
            s.executeUpdate(
                    "INSERT INTO reconciliation_break (id, account_number, business_date, kind,"
                        + " currency, detail, status, detected_at, last_seen_at, version) VALUES"
                        + " (5, '"
                            + A2
                            + "', DATE('2026-11-20'), 'MISSING', 'CNY', 'missing T9', 'OPEN',"
                            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            s.executeUpdate(posting(6, "P1", "'" + A1 + "'"));
            s.executeUpdate(posting(7, "P2", "NULL"));
        }

        flyway(url, "latest", keys).migrate();

        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            for (String table :
                    List.of(
                            "SETTLEMENT_TRANSACTION",
                            "ACCOUNT_BALANCE",
                            "RECONCILIATION_BREAK",
                            "REPAYMENT_POSTING")) {
                List<String> columns = columns(c, table);
                assertFalse(columns.contains("ACCOUNT_NUMBER"), table + " " + columns);
                assertTrue(
                        columns.contains("ACCOUNT_HASH") && columns.contains("ACCOUNT_CIPHER"),
                        table + " " + columns);
            }
            try (ResultSet rs =
                    s.executeQuery(
                            "SELECT transaction_id, account_hash, account_cipher FROM"
                                    + " settlement_transaction ORDER BY id")) {
                for (String expected : List.of(A1, A1, A2)) {
                    assertTrue(rs.next());
                    assertEquals(keys.lookupHash(expected), rs.getString(2));
                    assertTrue(rs.getString(3).startsWith("g1.t1."));
                    assertEquals(expected, keys.decrypt(rs.getString(3)));
                }
            }
            try (ResultSet rs =
                    s.executeQuery("SELECT account_hash, account_cipher FROM account_balance")) {
                assertTrue(rs.next());
                assertEquals(keys.lookupHash(A1), rs.getString(1));
                assertEquals(A1, keys.decrypt(rs.getString(2)));
            }
            try (ResultSet rs =
                    s.executeQuery(
                            "SELECT account_hash, account_cipher FROM reconciliation_break")) {
                assertTrue(rs.next());
                assertEquals(keys.lookupHash(A2), rs.getString(1));
                assertEquals(A2, keys.decrypt(rs.getString(2)));
            }
            try (ResultSet rs =
                    s.executeQuery(
                            "SELECT account_hash, account_cipher FROM repayment_posting ORDER"
                                    + " BY id")) {
                assertTrue(rs.next());
                assertEquals(A1, keys.decrypt(rs.getString(2)));
                assertTrue(rs.next());
                assertNull(rs.getString(1), "a posting without an account stays without one");
                assertNull(rs.getString(2));
            }
            assertThrows(
                    SQLException.class,
                    () ->
                            s.executeUpdate(
                                    "INSERT INTO account_balance (account_hash, account_cipher,"
                                            + " business_date, balance, currency) VALUES ('"
                                            + keys.lookupHash(A1)
                                            + "', 'x',"
                                            + " DATE('2026-11-20'), 11.00, 'CNY')"),
                    "one balance per account (hash) and day");
            assertThrows(
                    SQLException.class,
                    () ->
                            s.executeUpdate(
                                    "INSERT INTO settlement_transaction (id, transaction_id,"
                                        + " direction, amount, currency, value_date, received_at,"
                                        + " account_hash, account_cipher) VALUES (9, 'T1',"
                                        + " 'CREDIT', 1.00, 'CNY', DATE('2026-11-20'),"
                                        + " CURRENT_TIMESTAMP, 'h', 'c')"),
                    "the transaction id stays the business key");
            assertThrows(
                    SQLException.class,
                    () ->
                            s.executeUpdate(
                                    "INSERT INTO settlement_transaction (id, transaction_id,"
                                        + " direction, amount, currency, value_date, received_at)"
                                        + " VALUES (10, 'T10', 'CREDIT', 1.00, 'CNY',"
                                        + " DATE('2026-11-20'), CURRENT_TIMESTAMP)"),
                    "a ledger row without its account is refused");
        }
    }

    private static String transaction(long id, String transactionId, String account) {
        return "INSERT INTO settlement_transaction (id, transaction_id, account_number, direction,"
                + " amount, currency, value_date, received_at) VALUES ("
                + id
                + ", '"
                + transactionId
                + "', '"
                + account
                + "', 'CREDIT',"
                + " 10.00, 'CNY', DATE('2026-11-20'), CURRENT_TIMESTAMP)";
    }

    private static String posting(long id, String postingId, String account) {
        return "INSERT INTO repayment_posting (id, posting_id, loan_reference, account_number,"
                + " principal, interest, currency, value_date, received_at) VALUES ("
                + id
                + ", '"
                + postingId
                + "', 'L1', "
                + account
                + ", 1.00, 0.00, 'CNY', DATE('2026-11-20'), CURRENT_TIMESTAMP)";
    }

    private static Flyway flyway(String url, String target, FieldKeyRing keys) {
        return Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .placeholders(SchemaMigrator.placeholdersFor("Apache Derby"))
                .table("schema_history")
                .javaMigrations(
                        new V10_2__EncryptIdentityNumbers(keys),
                        new V12_2__EncryptLedgerAccountNumbers(keys))
                .target(target)
                .load();
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }
}
