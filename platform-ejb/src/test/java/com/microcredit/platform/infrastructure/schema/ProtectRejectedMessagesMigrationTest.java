package com.microcredit.platform.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.infrastructure.crypto.FieldKeyRing;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
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
        String url = "jdbc:derby:memory:v15-" + UUID.randomUUID() + ";create=true";
        byte[] data = new byte[32];
        Arrays.fill(data, (byte) 3);
        byte[] lookup = new byte[32];
        Arrays.fill(lookup, (byte) 4);
        FieldKeyRing keys = new FieldKeyRing(Map.of("t1", data), "t1", lookup);
        flyway(url, "12.2", keys).migrate();
        String sealed = keys.encrypt("{\"already\":\"protected\"}");
        try (Connection c = DriverManager.getConnection(url);
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

        flyway(url, "latest", keys).migrate();

        try (Connection c = DriverManager.getConnection(url);
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

    private static Flyway flyway(String url, String target, FieldKeyRing keys) {
        return Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .placeholders(SchemaMigrator.placeholdersFor("Apache Derby"))
                .table("schema_history")
                .javaMigrations(
                        new V10_2__EncryptIdentityNumbers(keys),
                        new V12_2__EncryptLedgerAccountNumbers(keys),
                        new V15_1__ProtectRejectedMessages(keys))
                .target(target)
                .load();
    }
}
