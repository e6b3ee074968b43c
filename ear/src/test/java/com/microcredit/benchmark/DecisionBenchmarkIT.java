package com.microcredit.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microcredit.it.ApiCalls;
import com.microcredit.it.Applicants;
import com.microcredit.it.CreditCodes;
import com.microcredit.it.Deployments;
import com.microcredit.it.ItProbe;
import com.microcredit.it.OriginationFixture;
import com.microcredit.it.RunsAsSystem;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Automated decisions per second through the REST API at 1, 8 and 32 concurrent clients (p50/p99),
 * beside the raw single-row insert-and-commit rate of the same MySQL measured in the same run at
 * the same concurrency. The clients run in this (failsafe) JVM, not in the server: one HTTP/1.1
 * keep-alive client over HTTPS per caller, signed in as the core-banking account. Every decision is
 * for one of many distinct borrowers with evidence (visit, consent, 30 months of alternative data,
 * credit report, settlement flows), so it does its real work: data gateway queries and their log,
 * the five evaluators, the scorecard, pricing. With {@code MCRC_BENCHMARK_PROVIDERS=simulator}
 * every observational source is asked over the wire from the provider simulator that bin/benchmark
 * starts (docs/providers.md). Not part of the test suite: run with {@code bin/benchmark decisions}
 * (see docs/benchmarks.md). The first method prepares the borrowers inside the server, the second
 * measures from outside.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DecisionBenchmarkIT {

    private static final long WARM_UP_MS = 5_000;

    /** Once, before the first level: the server's JIT compiles the decision path first. */
    private static final long FIRST_WARM_UP_MS =
            Long.parseLong(System.getenv().getOrDefault("MCRC_BENCHMARK_WARMUP_SECONDS", "30"))
                    * 1_000;

    private static final long MEASURE_MS =
            Long.parseLong(System.getenv().getOrDefault("MCRC_BENCHMARK_SECONDS", "15")) * 1_000;
    private static final int BORROWERS =
            Integer.parseInt(System.getenv().getOrDefault("MCRC_BENCHMARK_BORROWERS", "1000"));
    private static final int[] CLIENTS = {1, 8, 32};
    private static final String APPLICANTS_FILE = "benchmarks/decision-applicants.txt";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                DecisionBenchmarkIT.class,
                Measurement.class,
                CpuMeter.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class,
                ItProbe.class,
                ApiCalls.class);
    }

    @EJB private Applicants applicants;

    @Test
    @Order(1)
    void prepareManyDistinctBorrowersWithEvidence() throws Exception {
        ManagedExecutorService executor =
                InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<Long>> created = new ArrayList<>();
        for (int i = 0; i < BORROWERS; i++) {
            created.add(executor.submit(applicants::wellKnownBorrower));
        }
        List<String> ids = new ArrayList<>();
        for (Future<Long> f : created) {
            ids.add(String.valueOf(f.get()));
        }
        Path file = Path.of(APPLICANTS_FILE).toAbsolutePath(); // the server's output directory
        Files.createDirectories(file.getParent());
        Files.write(file, ids);
    }

    @Test
    @Order(2)
    @RunAsClient
    void decisionsPerSecondBesideTheRawInsertRate() throws Exception {
        Path serverDir =
                Path.of(
                        System.getProperty("wlp.home"),
                        "usr",
                        "servers",
                        System.getProperty("mcrc.it.server"));
        long[] borrowers =
                Files.readAllLines(serverDir.resolve(APPLICANTS_FILE)).stream()
                        .mapToLong(Long::parseLong)
                        .toArray();
        String run = Long.toString(System.currentTimeMillis(), 36);
        String url = ApiCalls.httpsBase(serverDir) + "/mcrc/api/applications/automated";
        String auth =
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        ("corebanking:" + ApiCalls.password("corebanking"))
                                                .getBytes(StandardCharsets.UTF_8));
        AtomicLong sequence = new AtomicLong();
        String jdbcUrl =
                "jdbc:mysql://"
                        + env("DB_HOST", "127.0.0.1")
                        + ":"
                        + env("DB_PORT", "3306")
                        + "/"
                        + env("DB_NAME", "mcrc")
                        + "?sslMode=DISABLED&useServerPrepStmts=true&cachePrepStmts=true";
        try (Connection c =
                        DriverManager.getConnection(
                                jdbcUrl, env("DB_USER", "root"), env("DB_PASSWORD", ""));
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE benchmark_insert (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                            + " reference VARCHAR(64) NOT NULL, amount DECIMAL(19,2) NOT NULL,"
                            + " created_at DATETIME(6) NOT NULL) ENGINE=InnoDB DEFAULT"
                            + " CHARSET=utf8mb4");
        }

        IntFunction<Measurement.Caller> raw =
                caller -> {
                    try {
                        Connection c =
                                DriverManager.getConnection(
                                        jdbcUrl, env("DB_USER", "root"), env("DB_PASSWORD", ""));
                        c.setAutoCommit(true);
                        PreparedStatement insert =
                                c.prepareStatement(
                                        "INSERT INTO benchmark_insert (reference, amount,"
                                                + " created_at) VALUES (?, ?, UTC_TIMESTAMP(6))");
                        return new Measurement.Caller() {
                            @Override
                            public boolean call() throws Exception {
                                insert.setString(1, "R-" + run + "-" + sequence.incrementAndGet());
                                insert.setBigDecimal(2, new BigDecimal("100000.00"));
                                return insert.executeUpdate() == 1;
                            }

                            @Override
                            public void close() throws SQLException {
                                c.close();
                            }
                        };
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                };
        IntFunction<Measurement.Caller> decide =
                caller -> {
                    HttpClient http =
                            HttpClient.newBuilder()
                                    .version(HttpClient.Version.HTTP_1_1)
                                    .sslContext(ApiCalls.pinnedToServerCertificate(serverDir))
                                    .connectTimeout(Duration.ofSeconds(10))
                                    .build();
                    return () -> {
                        long n = sequence.incrementAndGet();
                        long borrower = borrowers[(int) (n % borrowers.length)];
                        String body =
                                """
                                {"borrowerId":%d,"productCode":"TAX_LOAN","amount":"%d.00","currency":"CNY","termMonths":12,
                                 "repaymentMethod":"EQUAL_INSTALMENT","purpose":"Stock for the season","acceptOffer":false}\
                                """
                                        .formatted(borrower, 50_000 + (n % 50) * 1_000);
                        HttpRequest request =
                                HttpRequest.newBuilder(URI.create(url))
                                        .timeout(Duration.ofSeconds(60))
                                        .header("Authorization", auth)
                                        .header("Content-Type", "application/json")
                                        .header("Idempotency-Key", "BENCH-" + run + "-" + n)
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build();
                        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()
                                == 201;
                    };
                };

        Measurement.run("warm-up", 8, decide, FIRST_WARM_UP_MS);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        CpuMeter server =
                CpuMeter.of(
                        cmd ->
                                cmd.contains(
                                        "ws-server.jar " + System.getProperty("mcrc.it.server")));
        CpuMeter database = CpuMeter.of(cmd -> cmd.contains("mariadbd") || cmd.contains("mysqld"));
        CpuMeter clients = CpuMeter.self();
        List<Measurement.Result> results = new ArrayList<>();
        List<String> cpu = new ArrayList<>();
        for (int n : CLIENTS) {
            Measurement.run("raw single-row insert + commit", n, raw, 3_000);
            results.add(Measurement.run("raw single-row insert + commit", n, raw, MEASURE_MS));
            Measurement.run("automated decision (REST)", n, decide, WARM_UP_MS);
            double[] before = {server.seconds(), database.seconds(), clients.seconds()};
            Measurement.Result r =
                    Measurement.run("automated decision (REST)", n, decide, MEASURE_MS);
            results.add(r);
            cpu.add(
                    String.format(
                            "| %d | %.1f | %.1f | %.1f |",
                            n,
                            perDecisionMs(server.seconds() - before[0], r),
                            perDecisionMs(database.seconds() - before[1], r),
                            perDecisionMs(clients.seconds() - before[2], r)));
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();

        long decided;
        try (Connection c =
                        DriverManager.getConnection(
                                jdbcUrl, env("DB_USER", "root"), env("DB_PASSWORD", ""));
                PreparedStatement q =
                        c.prepareStatement(
                                "SELECT COUNT(*) FROM loan_application WHERE channel = 'API' "
                                        + "AND channel_reference LIKE ? AND outcome IS NOT NULL")) {
            q.setString(1, "BENCH-" + run + "-%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                decided = rs.getLong(1);
            }
        }
        StringBuilder report =
                new StringBuilder()
                        .append(
                                "| operation | clients | operations | per second | p50 ms | p99 ms"
                                        + " | failed |\n")
                        .append("|---|---:|---:|---:|---:|---:|---:|\n");
        results.forEach(r -> report.append(r.row()).append('\n'));
        report.append(
                        "\n"
                            + "CPU per decision (ms; the database's figure includes anything else"
                            + " it served meanwhile):\n\n")
                .append(
                        "| clients | server | database | clients (TLS, HTTP, JSON) |\n"
                                + "|---:|---:|---:|---:|\n");
        cpu.forEach(line -> report.append(line).append('\n'));
        report.append(
                String.format(
                        "%nDistinct borrowers: %d. Load average before: %s; after: %s.%n",
                        borrowers.length, loadBefore, loadAfter));
        report.append(
                String.format(
                        "Data gateway: %s; answers kept %s h"
                                + " (mcrc.gateway.cache-retention-hours).%n",
                        "simulator".equals(System.getenv("MCRC_BENCHMARK_PROVIDERS"))
                                ? "every observational source over the wire to the provider"
                                        + " simulator (mutual TLS, signed), "
                                        + env("MCRC_BENCHMARK_PROVIDER_DELAY_MS", "20")
                                        + " ms per answer"
                                : "table adapter (alternative_data rows)",
                        env("MCRC_GATEWAY_CACHE_RETENTION_HOURS", "24")));
        report.append(
                String.format(
                        "Decisions recorded for this run (warm-up included): %,d; outcomes: %s.%n",
                        decided, outcomes(jdbcUrl, run)));
        System.out.println(report);
        Path out = serverDir.resolve("benchmarks/decisions.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        assertEquals(
                0,
                results.stream().mapToLong(Measurement.Result::failures).sum(),
                "every call succeeded");
    }

    private static double perDecisionMs(double cpuSeconds, Measurement.Result r) {
        return r.operations() == 0 ? Double.NaN : cpuSeconds * 1000 / r.operations();
    }

    private static String outcomes(String jdbcUrl, String run) throws SQLException {
        try (Connection c =
                        DriverManager.getConnection(
                                jdbcUrl, env("DB_USER", "root"), env("DB_PASSWORD", ""));
                PreparedStatement q =
                        c.prepareStatement(
                                "SELECT outcome, COUNT(*) FROM loan_application WHERE"
                                        + " channel_reference LIKE ? GROUP BY outcome ORDER BY"
                                        + " outcome")) {
            q.setString(1, "BENCH-" + run + "-%");
            List<String> parts = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    parts.add(rs.getString(1) + " " + rs.getLong(2));
                }
            }
            return parts.stream().collect(Collectors.joining(", "));
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
