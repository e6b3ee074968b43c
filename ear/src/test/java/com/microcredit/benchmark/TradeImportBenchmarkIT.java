package com.microcredit.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.it.ApiCalls;
import com.microcredit.it.CreditCodes;
import com.microcredit.it.Deployments;
import com.microcredit.it.ItProbe;
import com.microcredit.it.RunsAsSystem;
import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.supplychain.api.AddChainMember;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.OnboardHub;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Imports 1,000,000 trade records the way a hub sends them – CSV files posted to
 * /api/supply-chain/hubs/{id}/trade-files as a credit officer, each file read, checked row by row
 * and recorded whole in one transaction – and, in the same run, inserts the same rows into the same
 * table with a plain JDBC batch (already parsed, no checks, batches of 1,000, a commit per file).
 * Not part of the test suite: run with {@code bin/benchmark trade-import} (see docs/benchmarks.md).
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class TradeImportBenchmarkIT {

    /** Runs inside the server: settings come from the environment the server inherits. */
    private static final int ROWS =
            Integer.parseInt(System.getenv().getOrDefault("MCRC_BENCHMARK_TRADE_ROWS", "1000000"));

    private static final int FILE_ROWS =
            Integer.parseInt(
                    System.getenv().getOrDefault("MCRC_BENCHMARK_TRADE_FILE_ROWS", "100000"));
    private static final int MEMBERS = 100;
    private static final int BATCH = 1_000;
    private static final String[] KINDS = {"ORDER", "INVOICE", "PAYMENT"};
    private static final Path SERVER_DIR = Path.of("").toAbsolutePath();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                TradeImportBenchmarkIT.class, ItProbe.class, ApiCalls.class, CreditCodes.class);
    }

    @EJB private HubService hubs;
    @EJB private BorrowerService borrowers;
    @EJB private ItProbe probe;

    /** One generated row, kept as values so both paths insert exactly the same data. */
    record Row(
            long member,
            String kind,
            String document,
            LocalDate date,
            BigDecimal amount,
            boolean confirmed) {
        String csv() {
            return member
                    + ","
                    + kind
                    + ","
                    + document
                    + ","
                    + date
                    + ","
                    + amount.toPlainString()
                    + ",CNY,"
                    + confirmed;
        }
    }

    @Test
    void aMillionTradeRecordsThroughTheImportBesideAPlainJdbcBatch() throws Exception {
        String tag = Long.toString(System.currentTimeMillis(), 36);
        HubView serviceHub =
                hubs.onboardHub(
                        new OnboardHub(
                                "Benchmark hub A " + tag,
                                CreditCodes.next(),
                                "C38",
                                new BigDecimal("1000000000.00"),
                                "CNY"));
        HubView jdbcHub =
                hubs.onboardHub(
                        new OnboardHub(
                                "Benchmark hub B " + tag,
                                CreditCodes.next(),
                                "C38",
                                new BigDecimal("1000000000.00"),
                                "CNY"));
        List<Long> members = members(tag, serviceHub.id(), jdbcHub.id());
        List<List<Row>> files = generate(members, tag);

        long t0 = System.nanoTime();
        long fileBytes = 0;
        for (int f = 0; f < files.size(); f++) {
            byte[] csv = csv(files.get(f));
            fileBytes += csv.length;
            JsonObject report = post(serviceHub.id(), "bench-" + tag + "-" + f + ".csv", csv);
            assertEquals("IMPORTED", report.getString("outcome"), report.toString());
            assertEquals(files.get(f).size(), report.getInt("rowsImported"));
        }
        double serviceSeconds = (System.nanoTime() - t0) / 1e9;

        DataSource dataSource = InitialContext.doLookup("jdbc/mcrc");
        long t1 = System.nanoTime();
        long id = 9_000_000_000_000L + System.currentTimeMillis() % 1_000_000 * 10_000_000L;
        for (List<Row> file : files) {
            id = insertPlain(dataSource, jdbcHub.id(), file, id);
        }
        double jdbcSeconds = (System.nanoTime() - t1) / 1e9;

        long imported =
                probe.count(
                        "select count(t) from TradeRecord t where t.hubId = :h",
                        Map.of("h", serviceHub.id()));
        long plain =
                probe.count(
                        "select count(t) from TradeRecord t where t.hubId = :h",
                        Map.of("h", jdbcHub.id()));
        assertEquals(ROWS, imported);
        assertEquals(ROWS, plain);
        assertTrue(serviceSeconds > 0 && jdbcSeconds > 0);

        double serviceRate = ROWS / serviceSeconds;
        double jdbcRate = ROWS / jdbcSeconds;
        String report =
                String.format(
                        """
                        | path | records | files | seconds | records per second |
                        |---|---:|---:|---:|---:|
                        | trade import (HTTPS POST of CSV, parse, row checks, JDBC batch insert in the import transaction, one transaction per file) | %,d | %d | %.1f | %,.0f |
                        | plain JDBC batch insert of the same rows (parsed, no checks, batches of %,d, commit per file) | %,d | %d | %.1f | %,.0f |

                        The import reaches %.0f %% of the plain JDBC batch rate; CSV posted: %,.1f MB.
                        Committed rows counted afterwards: %,d imported, %,d plain.
                        """,
                        ROWS,
                        files.size(),
                        serviceSeconds,
                        serviceRate,
                        BATCH,
                        ROWS,
                        files.size(),
                        jdbcSeconds,
                        jdbcRate,
                        100 * serviceRate / jdbcRate,
                        fileBytes / 1e6,
                        imported,
                        plain);
        System.out.println(report);
        Path out = Path.of("benchmarks", "trade-import.md").toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private List<Long> members(String tag, long... hubIds) {
        AccountManagerView manager =
                borrowers.registerAccountManager(
                        new RegisterAccountManager(
                                "bench-" + tag,
                                "Benchmark manager",
                                "BENCH",
                                new BigDecimal("30.274084"),
                                new BigDecimal("120.155070"),
                                new BigDecimal("50")));
        LocalDate since = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(5);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            long id =
                    borrowers
                            .registerEnterprise(
                                    new RegisterEnterprise(
                                            "Benchmark supplier " + tag + "-" + i,
                                            CreditCodes.next(),
                                            "C38",
                                            "330106",
                                            manager.id(),
                                            "owner",
                                            LocalDate.of(2010, 1, 1),
                                            new BigDecimal("1000000.00"),
                                            null,
                                            null,
                                            null))
                            .id();
            for (long hub : hubIds) {
                hubs.addChainMember(new AddChainMember(hub, id, "SUPPLIER", since));
            }
            ids.add(id);
        }
        return ids;
    }

    private static List<List<Row>> generate(List<Long> members, String tag) {
        Random random = new Random(20261128L);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<List<Row>> files = new ArrayList<>();
        List<Row> file = new ArrayList<>(FILE_ROWS);
        for (int i = 0; i < ROWS; i++) {
            String kind = KINDS[random.nextInt(KINDS.length)];
            file.add(
                    new Row(
                            members.get(random.nextInt(members.size())),
                            kind,
                            "BM-" + tag + "-" + i,
                            today.minusDays(random.nextInt(1_000)),
                            BigDecimal.valueOf(100 + random.nextInt(5_000_000), 2)
                                    .add(BigDecimal.ONE),
                            random.nextInt(10) < 8));
            if (file.size() == FILE_ROWS) {
                files.add(file);
                file = new ArrayList<>(FILE_ROWS);
            }
        }
        if (!file.isEmpty()) {
            files.add(file);
        }
        return files;
    }

    private static byte[] csv(List<Row> rows) {
        StringBuilder b =
                new StringBuilder(rows.size() * 64)
                        .append(
                                "memberId,kind,documentNumber,tradeDate,amount,currency,hubConfirmed\n");
        rows.forEach(r -> b.append(r.csv()).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject post(long hubId, String fileName, byte[] csv) throws Exception {
        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .sslContext(ApiCalls.pinnedToServerCertificate(SERVER_DIR))
                        .connectTimeout(Duration.ofSeconds(30))
                        .build();
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create(
                                        ApiCalls.httpsBase(SERVER_DIR)
                                                + "/mcrc/api/supply-chain/hubs/"
                                                + hubId
                                                + "/trade-files?format=CSV&fileName="
                                                + fileName))
                        .timeout(Duration.ofMinutes(10))
                        .header("Content-Type", "text/csv")
                        .header("Accept", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        ("officer:" + ApiCalls.password("officer"))
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                        .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static long insertPlain(DataSource dataSource, long hubId, List<Row> rows, long firstId)
            throws Exception {
        long id = firstId;
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert =
                        c.prepareStatement(
                                "insert into trade_record (id, hub_id, borrower_id, kind,"
                                        + " document_number, trade_date, amount, currency,"
                                        + " hub_confirmed) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            int n = 0;
            for (Row r : rows) {
                insert.setLong(1, id++);
                insert.setLong(2, hubId);
                insert.setLong(3, r.member());
                insert.setString(4, r.kind());
                insert.setString(5, r.document());
                insert.setDate(6, Date.valueOf(r.date()));
                insert.setBigDecimal(7, r.amount());
                insert.setString(8, "CNY");
                insert.setBoolean(9, r.confirmed());
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        return id;
    }
}
