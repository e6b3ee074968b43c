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
 * the borrower of a BORROWER subject in the new column, none for a subject it cannot trace; the
 * limit reasons the system wrote coded, a person's own left as typed.
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
                row(4, "EXPORT", "'AUDIT_TRAIL'", "NULL", "NULL"),
                change(1, "chain limit set at onboarding of hub 浙江华通"),
                change(2, "first calibration from configuration: A x L / (PD x LGD)"),
                change(3, "人工填写的理由"));

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
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT reason FROM limit_change ORDER BY id")) {
            assertTrue(rs.next());
            assertEquals("LIMIT_SET_AT_HUB_ONBOARDING\u001F浙江华通", rs.getString(1));
            assertTrue(rs.next());
            assertEquals("CEILING_FIRST_CALIBRATION", rs.getString(1));
            assertTrue(rs.next());
            assertEquals("人工填写的理由", rs.getString(1), "a person's words stay");
            assertFalse(rs.next());
        }
    }

    private static String change(long id, String reason) {
        return "INSERT INTO limit_change (id, dimension, limit_key, currency, proposed_amount,"
                + " status, reason, proposed_by, proposed_at, version) VALUES ("
                + id
                + ", 'HUB_CHAIN', 'k"
                + id
                + "', 'CNY', 1, 'APPLIED', '"
                + reason
                + "', 'system', CURRENT_TIMESTAMP, 0)";
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
