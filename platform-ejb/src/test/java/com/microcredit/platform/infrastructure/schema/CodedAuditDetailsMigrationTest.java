package com.microcredit.platform.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * V28_9 on audit rows stored before it (the real migrations on an in-memory Derby): details coded,
 * the borrower of a BORROWER subject in the new column, none for a subject it cannot trace.
 */
class CodedAuditDetailsMigrationTest {

    @Test
    void storedRowsAreCodedAndTiedToTheirBorrower() throws Exception {
        MigrationFixture db = new MigrationFixture("v28-9", 3, 4);
        db.migrateTo("28.5");
        db.execute(
                row(1, "BORROWER_VIEW", "'BORROWER'", "'17'", "'360 view'"),
                row(2, "DECISION", "'APPLICATION'", "'LA404'", "'something else'"),
                row(3, "LOGIN", "'STAFF'", "'officer'", "'web'"),
                row(4, "EXPORT", "'AUDIT_TRAIL'", "NULL", "NULL"));

        db.migrateTo("latest");

        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT detail, borrower_id FROM audit_entry ORDER BY id")) {
            assertTrue(rs.next());
            assertEquals("AUDIT_BORROWER_VIEWED\u001FVIEW_360", rs.getString(1));
            assertEquals(17L, rs.getLong(2));
            assertTrue(rs.next());
            assertEquals("LEGACY_TEXT\u001Fsomething else", rs.getString(1));
            rs.getLong(2);
            assertTrue(rs.wasNull(), "an application the database does not hold names no one");
            assertTrue(rs.next());
            assertEquals("AUDIT_SIGNED_IN\u001FCHANNEL_WEB", rs.getString(1));
            rs.getLong(2);
            assertTrue(rs.wasNull());
            assertTrue(rs.next());
            assertEquals(null, rs.getString(1));
            assertFalse(rs.next());
        }
    }

    private static String row(long id, String action, String type, String subject, String detail) {
        return "INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type, subject_id,"
                + " detail) VALUES ("
                + id
                + ", CURRENT_TIMESTAMP, 'officer', '"
                + action
                + "', "
                + type
                + ", "
                + subject
                + ", "
                + detail
                + ")";
    }
}
