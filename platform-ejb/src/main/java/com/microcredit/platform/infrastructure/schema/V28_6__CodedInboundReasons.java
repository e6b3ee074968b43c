package com.microcredit.platform.infrastructure.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 26 / ADR 0030: the reasons of refused inbound messages stored as English sentences, and ADR
 * 0025's {@code CODE|arg} form of the refusals, the conflict breaks and the conflict alerts, become
 * coded texts (ADR 0027), so old rows read in the reader's language ({@link InboundReasonRules}); a
 * sentence no rule reads stays readable as {@code LEGACY_TEXT}. Rows are read in id order and
 * rewritten in batches of 200 in Flyway's transaction for this version; a row already coded is left
 * as it is.
 */
public class V28_6__CodedInboundReasons extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V28_6__CodedInboundReasons.class.getName());

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        int reasons =
                rewrite(c, "rejected_message", "reason", "", 1000, InboundReasonRules::reason);
        int breaks =
                rewrite(
                        c,
                        "reconciliation_break",
                        "detail",
                        " WHERE detail LIKE 'CONFLICTING!_CONTENT|%' ESCAPE '!'",
                        500,
                        InboundReasonRules::breakDetail);
        int alerts =
                rewrite(
                        c,
                        "security_alert",
                        "detail",
                        " WHERE detail LIKE 'INBOUND!_CONFLICT|%' ESCAPE '!'",
                        500,
                        InboundReasonRules::alertDetail);
        LOG.info(
                () ->
                        "Coded "
                                + reasons
                                + " refusal reasons, "
                                + breaks
                                + " conflict breaks and "
                                + alerts
                                + " conflict alerts");
    }

    private static int rewrite(
            Connection c,
            String table,
            String column,
            String where,
            int size,
            UnaryOperator<String> rule)
            throws Exception {
        int changed = 0;
        try (Statement read = c.createStatement();
                ResultSet rs =
                        read.executeQuery(
                                "SELECT id, "
                                        + column
                                        + " FROM "
                                        + table
                                        + where
                                        + " ORDER BY id");
                PreparedStatement write =
                        c.prepareStatement(
                                "UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            while (rs.next()) {
                String old = rs.getString(2);
                String coded = rule.apply(old);
                if (coded != null && !coded.equals(old)) {
                    write.setString(1, coded.length() > size ? coded.substring(0, size) : coded);
                    write.setLong(2, rs.getLong(1));
                    write.addBatch();
                    if (++changed % 200 == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return changed;
    }
}
