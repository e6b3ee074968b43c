package com.microcredit.platform.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.infrastructure.crypto.FieldKeyRing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The V15_1 migration on refused messages stored before it (the real migrations on an in-memory
 * Derby): bodies end up encrypted, account numbers in keys and reasons masked to their last four
 * digits, other text unchanged; a body already protected is not encrypted twice.
 */
class ProtectRejectedMessagesMigrationTest {

    private static final String ACCOUNT = "6222020000001234";
    private static final String BODY =
            "{\"accountNumber\":\"" + ACCOUNT + "\",\"businessDate\":\"2026-11-20\"}";

    @Test
    void storedRefusalsAreEncryptedAndMasked() throws Exception {
        MigrationFixture db = new MigrationFixture("v15", 3, 4);
        FieldKeyRing keys = db.keys;
        db.migrateTo("12.2");
        String sealed = keys.encrypt("{\"already\":\"protected\"}");
        try (Connection c = db.connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "INSERT INTO rejected_message (id, destination, business_key,"
                                        + " reason, payload, rejected_at) VALUES (?,"
                                        + " 'mcrc.inbound.EndOfDayBalance', ?, ?, ?,"
                                        + " CURRENT_TIMESTAMP)")) {
            insert(s, 1, ACCOUNT + "/2026-11-20", "Unknown account " + ACCOUNT, BODY);
            insert(s, 2, "T-42", "Malformed JSON at 3", "{not json");
            insert(s, 3, null, "Missing field", null);
            insert(s, 4, "T-43", "Wrong currency USD", sealed);
        }

        db.migrateTo("28.5"); // V28_6 then codes the reasons (CodedInboundReasonsMigrationTest)

        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT business_key, reason, payload FROM rejected_message ORDER"
                                        + " BY id")) {
            assertTrue(rs.next());
            assertEquals("************1234/2026-11-20", rs.getString(1));
            assertEquals("Unknown account ************1234", rs.getString(2));
            assertTrue(rs.getString(3).startsWith("g1.t1."), rs.getString(3));
            assertFalse(rs.getString(3).contains(ACCOUNT));
            assertEquals(BODY, keys.decrypt(rs.getString(3)));
            assertTrue(rs.next());
            assertEquals("T-42", rs.getString(1), "a key without a number is unchanged");
            assertEquals("Malformed JSON at 3", rs.getString(2));
            assertEquals("{not json", keys.decrypt(rs.getString(3)));
            assertTrue(rs.next());
            assertNull(rs.getString(1));
            assertNull(rs.getString(3), "no body stays no body");
            assertTrue(rs.next());
            assertEquals(sealed, rs.getString(3), "a protected body is not encrypted twice");
            assertFalse(rs.next());
        }
    }

    private static void insert(
            PreparedStatement s, long id, String key, String reason, String payload)
            throws Exception {
        s.setLong(1, id);
        s.setString(2, key);
        s.setString(3, reason);
        s.setString(4, payload);
        s.executeUpdate();
    }
}
