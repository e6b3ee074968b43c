package com.microcredit.platform.infrastructure.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 26: audit rows name the borrower they are about, whatever their subject (a new indexed
 * column {@code borrower_id}: a BORROWER subject, an application's borrower, a financing's or an
 * invoice's), so that the auditor's borrower filter finds decisions and financings too; and the
 * English details written before codes become codes with arguments ({@link LegacyAuditDetails}),
 * unknown ones {@code LEGACY_TEXT}. Rows are rewritten in id order in batches of 200 (the audit
 * entity refuses updates; this migration is the one writer that changes a stored row, and only its
 * form, never what it says). Runs on Derby and MySQL; on MySQL the append-only trigger of V10_2 is
 * dropped for the rewrite and created again after it (MySQL commits DDL at once: should the rewrite
 * fail, create it again by hand with {@link #NO_UPDATE}'s statement).
 */
public class V28_9__CodedAuditDetails extends BaseJavaMigration {

    private static final String U = String.valueOf('\u001F');

    private static final Logger LOG = Logger.getLogger(V28_9__CodedAuditDetails.class.getName());

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement ddl = c.createStatement()) {
            ddl.executeUpdate("ALTER TABLE audit_entry ADD COLUMN borrower_id BIGINT");
            ddl.executeUpdate(
                    "CREATE INDEX ix_audit_borrower ON audit_entry (borrower_id, occurred_at)");
        }
        boolean guarded = mysqlUpdateTrigger(c);
        if (guarded) {
            execute(c, "DROP TRIGGER audit_entry_no_update");
        }
        int rows = recode(c);
        codeLimitReasons(c);
        if (guarded) {
            execute(c, NO_UPDATE);
        }
        LOG.info(() -> rows + " audit rows coded and tied to their borrowers");
    }

    /** MySQL's append-only trigger (V10_2), recreated as it was once the rows are rewritten. */
    private static final String NO_UPDATE =
            "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'";

    private static boolean mysqlUpdateTrigger(Connection c) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("mysql")) {
            return false;
        }
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE"
                                        + " TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME ="
                                        + " 'audit_entry_no_update'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int recode(Connection c) throws SQLException {
        int rows = 0;
        try (Statement read = c.createStatement();
                ResultSet rs =
                        read.executeQuery(
                                "SELECT id, action, subject_type, subject_id, detail FROM"
                                        + " audit_entry ORDER BY id");
                PreparedStatement write =
                        c.prepareStatement(
                                "UPDATE audit_entry SET detail = ?, borrower_id = ? WHERE id ="
                                        + " ?")) {
            while (rs.next()) {
                String detail = rs.getString(5);
                write.setString(1, LegacyAuditDetails.coded(rs.getString(2), detail));
                Long borrower = borrowerOf(c, rs.getString(3), rs.getString(4));
                if (borrower == null) {
                    write.setNull(2, java.sql.Types.BIGINT);
                } else {
                    write.setLong(2, borrower);
                }
                write.setLong(3, rs.getLong(1));
                write.addBatch();
                if (++rows % 200 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    /**
     * The three reasons the system itself wrote on limit changes, as the codes it writes now (the
     * limits and blind-lending pages render them in the reader's language).
     */
    private static void codeLimitReasons(Connection c) throws SQLException {
        try (PreparedStatement fixed =
                c.prepareStatement("UPDATE limit_change SET reason = ? WHERE reason = ?")) {
            fixed.setString(1, "CEILING_FIRST_CALIBRATION");
            fixed.setString(2, "first calibration from configuration: A x L / (PD x LGD)");
            fixed.executeUpdate();
            fixed.setString(1, "LIMIT_DEFINED_BY_SYSTEM");
            fixed.setString(2, "defined by the system");
            fixed.executeUpdate();
        }
        String prefix = "chain limit set at onboarding of hub ";
        try (PreparedStatement read =
                        c.prepareStatement(
                                "SELECT id, reason FROM limit_change WHERE reason LIKE ?");
                PreparedStatement write =
                        c.prepareStatement("UPDATE limit_change SET reason = ? WHERE id = ?")) {
            read.setString(1, prefix + "%");
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    write.setString(
                            1,
                            "LIMIT_SET_AT_HUB_ONBOARDING"
                                    + U
                                    + rs.getString(2).substring(prefix.length()).strip());
                    write.setLong(2, rs.getLong(1));
                    write.executeUpdate();
                }
            }
        }
    }

    /** The borrower a subject is about, or null. */
    static Long borrowerOf(Connection c, String type, String id) throws SQLException {
        if (type == null || id == null || id.isBlank()) {
            return null;
        }
        String sql =
                switch (type) {
                    case "BORROWER" -> null;
                    case "APPLICATION" ->
                            "SELECT borrower_id FROM loan_application WHERE reference = ?";
                    case "FINANCING" -> "SELECT borrower_id FROM receivable_financing WHERE id = ?";
                    case "INVOICE" -> "SELECT borrower_id FROM trade_record WHERE id = ?";
                    default -> "";
                };
        boolean numeric =
                id.strip().chars().allMatch(Character::isDigit) && id.strip().length() < 19;
        if (sql == null) {
            return numeric ? Long.valueOf(id.strip()) : null;
        }
        if (sql.isEmpty() || (!"APPLICATION".equals(type) && !numeric)) {
            return null;
        }
        try (PreparedStatement q = c.prepareStatement(sql)) {
            if ("APPLICATION".equals(type)) {
                q.setString(1, id.strip());
            } else {
                q.setLong(1, Long.parseLong(id.strip()));
            }
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Long.valueOf(rs.getLong(1)) : null;
            }
        }
    }
}
