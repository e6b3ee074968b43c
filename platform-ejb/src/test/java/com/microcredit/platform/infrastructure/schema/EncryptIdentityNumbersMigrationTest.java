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
 * The V10 migration on a database that already holds borrowers and a blacklist in plain text (the
 * real migrations on an in-memory Derby): every number ends up encrypted under the active key with
 * its lookup hash, the plaintext columns are gone, and the hash keeps identity numbers unique.
 */
class EncryptIdentityNumbersMigrationTest {

    private static final String ID_1 = "110105194912310025";
    private static final String ID_2 = "11010519491231002X";
    private static final String LISTED = "91330106MA2B3C4D5E";

    @Test
    void existingPlaintextNumbersAreEncryptedAndThePlaintextColumnsDropped() throws Exception {
        MigrationFixture db = new MigrationFixture("v10", 1, 2);
        FieldKeyRing keys = db.keys;
        db.migrateTo("5");
        db.execute(
                "INSERT INTO account_manager (id, staff_login, name, branch_code, territory_lat,"
                        + " territory_lon, territory_radius_km) VALUES (1, 'm1', 'M One',"
                        + " 'HZ-001', 30.2, 120.1, 20)",
                borrower(10, ID_1, "'6222020000000001'"),
                borrower(11, ID_2, "NULL"),
                "INSERT INTO blacklist_entry (identity_number, reason, listed_at) VALUES ('"
                        + LISTED
                        + "', 'fraud', CURRENT_TIMESTAMP)");

        db.migrateTo("latest");

        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            List<String> columns = MigrationFixture.columns(c, "BORROWER");
            assertFalse(columns.contains("IDENTITY_NUMBER"), columns.toString());
            assertFalse(columns.contains("SETTLEMENT_ACCOUNT"), columns.toString());
            try (ResultSet rs =
                    s.executeQuery(
                            "SELECT id, identity_cipher, identity_hash, settlement_account_cipher, "
                                    + "settlement_account_hash FROM borrower ORDER BY id")) {
                assertTrue(rs.next());
                assertTrue(rs.getString(2).startsWith("g1.t1."));
                assertEquals(ID_1, keys.decrypt(rs.getString(2)));
                assertEquals(keys.lookupHash(ID_1), rs.getString(3));
                assertEquals("6222020000000001", keys.decrypt(rs.getString(4)));
                assertEquals(keys.lookupHash("6222020000000001"), rs.getString(5));
                assertTrue(rs.next());
                assertEquals(ID_2, keys.decrypt(rs.getString(2)));
                assertNull(rs.getString(4));
            }
            try (ResultSet rs =
                    s.executeQuery("SELECT identity_hash, identity_cipher FROM blacklist_entry")) {
                assertTrue(rs.next());
                assertEquals(keys.lookupHash(LISTED), rs.getString(1));
                assertEquals(LISTED, keys.decrypt(rs.getString(2)));
            }
            assertFalse(MigrationFixture.columns(c, "BLACKLIST_ENTRY").contains("IDENTITY_NUMBER"));
            assertThrows(
                    SQLException.class,
                    () ->
                            s.executeUpdate(
                                    "INSERT INTO borrower (id, kind, name, identity_cipher,"
                                        + " identity_hash, region_code, account_manager_id,"
                                        + " created_at, version) VALUES (12, 'INDIVIDUAL', 'Dup',"
                                        + " 'x', '"
                                            + keys.lookupHash(ID_1)
                                            + "', '330106', 1, CURRENT_TIMESTAMP, 0)"),
                    "the hash keeps identity numbers unique");
            assertThrows(
                    SQLException.class,
                    () ->
                            s.executeUpdate(
                                    "INSERT INTO borrower (id, kind, name, region_code,"
                                        + " account_manager_id, created_at, version) VALUES (13,"
                                        + " 'INDIVIDUAL', 'No id', '330106', 1, CURRENT_TIMESTAMP,"
                                        + " 0)"),
                    "a borrower without an encrypted identity number is refused");
        }
    }

    private static String borrower(long id, String identity, String account) {
        return "INSERT INTO borrower (id, kind, name, identity_number, region_code,"
                + " account_manager_id, created_at, version, settlement_account) VALUES ("
                + id
                + ", 'INDIVIDUAL', 'B"
                + id
                + "', '"
                + identity
                + "', '330106', 1, "
                + "CURRENT_TIMESTAMP, 0, "
                + account
                + ")";
    }
}
