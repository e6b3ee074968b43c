package com.microcredit.platform.infrastructure.schema;

import com.microcredit.platform.domain.inbound.RejectedMessage;
import com.microcredit.platform.infrastructure.crypto.FieldKeyRing;
import com.microcredit.platform.infrastructure.crypto.ProtectedValueException;
import com.microcredit.shared.domain.IdentityMask;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Brings the refused inbound messages already stored to the form {@link RejectedMessage} now
 * writes: the body encrypted under the active key, any identity or account number in the business
 * key and the reason masked to its last four characters (ADR 0011, 0016). Rows are read and
 * rewritten in id order in batches of 200, in Flyway's transaction for this version (Derby: all or
 * nothing; MySQL: the data changes are one InnoDB transaction, there is no DDL here). A body that
 * is already protected (a value of {@link FieldKeyRing#encrypt}) is left as it is, so the migration
 * can meet rows written by a newer server during a rolling upgrade.
 */
public class V15_1__ProtectRejectedMessages extends BaseJavaMigration {

    private static final Logger LOG =
            Logger.getLogger(V15_1__ProtectRejectedMessages.class.getName());

    private final FieldKeyRing keys;

    /** The key ring of this server, from the application's configuration. */
    public V15_1__ProtectRejectedMessages(FieldKeyRing keys) {
        this.keys = java.util.Objects.requireNonNull(keys, "key ring");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        int rows = 0;
        try (Statement read = c.createStatement();
                ResultSet rs =
                        read.executeQuery(
                                "SELECT id, business_key, reason, payload FROM rejected_message"
                                        + " ORDER BY id");
                PreparedStatement write =
                        c.prepareStatement(
                                "UPDATE rejected_message SET business_key = ?, reason = ?, payload"
                                        + " = ? WHERE id = ?")) {
            while (rs.next()) {
                String key = rs.getString(2);
                String payload = rs.getString(4);
                write.setString(1, key == null ? null : RejectedMessage.maskedKey(key));
                write.setString(2, IdentityMask.maskNumbersIn(rs.getString(3)));
                write.setString(
                        3,
                        payload == null || isProtected(keys, payload)
                                ? payload
                                : keys.encrypt(payload));
                write.setLong(4, rs.getLong(1));
                write.addBatch();
                if (++rows % 200 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        int done = rows;
        LOG.info(
                () -> done + " refused inbound messages protected under key " + keys.activeKeyId());
    }

    private static boolean isProtected(FieldKeyRing keys, String value) {
        try {
            keys.decrypt(value);
            return true;
        } catch (ProtectedValueException notProtected) {
            return false;
        }
    }
}
