package com.microcredit.platform.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.infrastructure.crypto.FieldKeyRing;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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

    @Test
    void existingLedgerAccountNumbersAreProtectedAndThePlaintextColumnsDropped() throws Exception {
        MigrationFixture db = new MigrationFixture("v12", 1, 2);
        FieldKeyRing keys = db.keys;
        db.migrateTo("10.2");
        db.execute(
                transaction(1, "T1", A1),
                transaction(2, "T2", A1),
                transaction(3, "T3", A2),
                "INSERT INTO account_balance (account_number, business_date, balance, currency)"
                        + " VALUES ('"
                        + A1
                        + "', DATE('2026-11-20'), 10.00, 'CNY')",
                "INSERT INTO reconciliation_break (id, account_number, business_date, kind,"
                        + " currency, detail, status, detected_at, last_seen_at, version) VALUES"
                        + " (5, '"
                        + A2
                        + "', DATE('2026-11-20'), 'MISSING', 'CNY', 'missing T9', 'OPEN',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)",
                posting(6, "P1", "'" + A1 + "'"),
                posting(7, "P2", "NULL"));

        db.migrateTo("latest");

        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String table :
                    List.of(
                            "SETTLEMENT_TRANSACTION",
                            "ACCOUNT_BALANCE",
                            "RECONCILIATION_BREAK",
                            "REPAYMENT_POSTING")) {
                List<String> columns = MigrationFixture.columns(c, table);
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
}
