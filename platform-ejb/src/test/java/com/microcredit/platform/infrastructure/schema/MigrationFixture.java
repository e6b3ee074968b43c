package com.microcredit.platform.infrastructure.schema;

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

/**
 * The shared fixture of the migration tests: a fresh in-memory Derby, a key ring with one active
 * data key ({@code t1}), and the real migrations (SQL and the Java ones, as {@link SchemaMigrator}
 * configures them) run up to a chosen version, so a test can put rows in the old shape, migrate to
 * the latest version and read what became of them.
 */
final class MigrationFixture {

    /** The key ring every migration of this fixture encrypts under. */
    final FieldKeyRing keys;

    private final String url;

    /**
     * A new empty database named after the test; the data key is filled with {@code dataFill}, the
     * lookup key with {@code lookupFill}.
     */
    MigrationFixture(String name, int dataFill, int lookupFill) {
        this.url = "jdbc:derby:memory:" + name + "-" + UUID.randomUUID() + ";create=true";
        this.keys = new FieldKeyRing(Map.of("t1", filled(dataFill)), "t1", filled(lookupFill));
    }

    /** Runs the migrations up to {@code target} ("latest" for all). */
    void migrateTo(String target) {
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .placeholders(SchemaMigrator.placeholdersFor("Apache Derby"))
                .table("schema_history")
                .javaMigrations(
                        new V10_2__EncryptIdentityNumbers(keys),
                        new V12_2__EncryptLedgerAccountNumbers(keys),
                        new V15_1__ProtectRejectedMessages(keys),
                        new V28_6__CodedInboundReasons(),
                        new V28_7__CloseDuplicateHubDistressSignals(),
                        new V28_9__CodedAuditDetails())
                .target(target)
                .load()
                .migrate();
    }

    /** A new connection to the database; the caller closes it. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Runs each statement in order on one connection. */
    void execute(String... statements) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    /** The column names of {@code table} (upper case, as Derby stores them). */
    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    private static byte[] filled(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }
}
