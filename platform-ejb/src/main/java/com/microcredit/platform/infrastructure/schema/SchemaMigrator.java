package com.microcredit.platform.infrastructure.schema;

import com.microcredit.platform.infrastructure.crypto.FieldKeyRing;
import com.microcredit.platform.infrastructure.crypto.FieldKeys;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the latest version before anything else uses the database. The same
 * migration scripts run on Derby and MySQL; the few dialect differences are placeholders chosen
 * from the database product the data source reports. Flyway's lock makes concurrent starts of
 * several servers safe. Bean-managed transactions: Flyway commits its own work. The Java migrations
 * (V10_2, V12_2, V15_1) re-encrypt with the application's key ring; V28_6 reads old refusal reasons
 * into codes ({@link FieldKeys}, loaded from configuration by the container when this first asks
 * for it).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    /**
     * Holds an empty flyway.location marker: Liberty's class loader lists a folder only through a
     * file in it.
     */
    private static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/mcrc")
    private DataSource dataSource;

    @Inject private FieldKeys fieldKeys;

    @PostConstruct
    void migrate() {
        FieldKeyRing keys = fieldKeys.ring();
        String product = databaseProduct();
        MigrateResult result =
                Flyway.configure(SchemaMigrator.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(LOCATION)
                        .callbackLocations(LOCATION)
                        .javaMigrations(
                                new V10_2__EncryptIdentityNumbers(keys),
                                new V12_2__EncryptLedgerAccountNumbers(keys),
                                new V15_1__ProtectRejectedMessages(keys),
                                new V28_6__CodedInboundReasons(),
                                new V28_7__CloseDuplicateHubDistressSignals(),
                                new V28_9__CodedAuditDetails())
                        .placeholders(placeholdersFor(product))
                        .table("schema_history")
                        // Liberty's batch job repository and persistent timer store (BATCH_*,
                        // EJBTIMER_*,
                        // server-config nightly.xml) may create their tables in the same schema
                        // before this
                        // runs on a fresh database: baseline such a schema at version 0, so every
                        // migration
                        // from V1 still runs (a schema that already holds our tables fails on V1
                        // instead).
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate();
        LOG.info(
                () ->
                        "Schema on "
                                + product
                                + " at version "
                                + result.targetSchemaVersion
                                + " ("
                                + result.migrationsExecuted
                                + " migrations applied now)");
    }

    private String databaseProduct() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database jdbc/mcrc", e);
        }
    }

    /** Dialect placeholders used by the scripts in db/migration. */
    static Map<String, String> placeholdersFor(String databaseProduct) {
        String p = databaseProduct.toLowerCase();
        if (p.contains("derby")) {
            return Map.of("timestamp", "TIMESTAMP", "clob", "CLOB", "table_options", "");
        }
        if (p.contains("mysql") || p.contains("mariadb")) {
            return Map.of(
                    "timestamp",
                    "DATETIME(6)",
                    "clob",
                    "LONGTEXT",
                    "table_options",
                    " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
        }
        throw new IllegalStateException(
                "Unsupported database " + databaseProduct + " (Derby or MySQL expected)");
    }
}
