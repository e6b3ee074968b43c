package com.microcredit.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.it.Deployments;
import com.microcredit.it.ItProbe;
import com.microcredit.it.RunsAsSystem;
import com.microcredit.portfolio.api.DefineLimit;
import com.microcredit.portfolio.api.ExposureAttributes;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.portfolio.api.ReserveExposure;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reservations per second against the one blind-lending ceiling at 1 and 64 concurrent callers,
 * beside the raw single-row update-and-commit rate of the same database (same row type, same data
 * source, autocommit) measured in the same run, and beside the reservation's two statements sent
 * through plain JDBC in JTA transactions (what the database and the XA commit cost without the EJB,
 * JPA and the gate); then checks for zero over-commit. Not part of the test suite: run with {@code
 * bin/benchmark reservations} (see docs/benchmarks.md).
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class ReservationBenchmarkIT {

    private static final long WARM_UP_MS = 3_000;

    /** Runs inside the server: settings come from the environment the server inherits. */
    private static final long MEASURE_MS =
            Long.parseLong(System.getenv().getOrDefault("MCRC_BENCHMARK_SECONDS", "15")) * 1_000;

    private static final BigDecimal AMOUNT = new BigDecimal("100.00");

    /** The statements JPA sends for a blind reservation (as MariaDB's general log shows them). */
    private static final String INSERT_EXPOSURE =
            "insert into loan_exposure (id, arrears_cleared_on, booked_at, category, closed_at,"
                + " currency, days_past_due, defaulted_at, floor_reason, general_provision,"
                + " outstanding, principal, qualitative_floor, reference, specific_provision,"
                + " status, version, account_manager_id, blind_lending, borrower_id, branch_code,"
                + " connected_group, hub_id, industry_code, information_path, product_code,"
                + " region_code) values (?, null, current_timestamp, 'NORMAL', null, 'CNY', 0,"
                + " null, null, 1.00, 100.00, 100.00, null, ?, 0.00, 'LIVE', 1, null, true, ?,"
                + " 'BENCH', null, null, 'BENCH', 'BLIND_LENDING', 'BENCH_BLIND', '990000')";

    private static final String RESERVE =
            "update exposure_limit set utilised_amount = case when blocked_reason is null and"
                + " (max_single_amount is null or max_single_amount >= ?) then utilised_amount + ?"
                + " else limit_amount + 1 end, version = version + 1 where (dimension = 'BORROWER'"
                + " and limit_key = ?) or (dimension = 'INDUSTRY' and limit_key = 'BENCH') or"
                + " (dimension = 'REGION' and limit_key = '990000') or (dimension = 'PRODUCT' and"
                + " limit_key = 'BENCH_BLIND') or (dimension = 'BLIND_LENDING_CEILING' and"
                + " limit_key = 'programme')";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                ReservationBenchmarkIT.class, ItProbe.class, CpuMeter.class);
    }

    @EJB private LimitService limits;

    @EJB private ItProbe probe;

    private final AtomicLong sequence = new AtomicLong();

    /**
     * The web module's transaction, looked up when JUnit creates the test instance on the servlet
     * thread: the test method itself runs inside {@link com.microcredit.it.SystemThread} (an EJB),
     * whose own UserTransaction refuses the executor's worker threads. Null on the client side.
     */
    private final UserTransaction webTransaction = webTransaction();

    private static UserTransaction webTransaction() {
        try {
            return InitialContext.doLookup("java:comp/UserTransaction");
        } catch (NamingException onTheClientSide) {
            return null;
        }
    }

    /** CPU of the server (this process) and of the database per operation, from /proc. */
    private static final CpuMeter SERVER = CpuMeter.self();

    private static final CpuMeter DATABASE =
            CpuMeter.of(cmd -> cmd.contains("mariadbd") || cmd.contains("mysqld"));

    record Result(
            String what,
            int callers,
            long operations,
            double seconds,
            double p50ms,
            double p99ms,
            double serverCpuSeconds,
            double databaseCpuSeconds) {
        double perSecond() {
            return operations / seconds;
        }

        String row() {
            return String.format(
                    "| %s | %d | %,d | %,.0f | %.2f | %.2f | %.3f | %.3f |",
                    what,
                    callers,
                    operations,
                    perSecond(),
                    p50ms,
                    p99ms,
                    1000 * serverCpuSeconds / operations,
                    1000 * databaseCpuSeconds / operations);
        }
    }

    @Test
    void reservationsAgainstOneCeilingBesideTheRawUpdateRate() throws Exception {
        DataSource dataSource = InitialContext.doLookup("jdbc/mcrc");
        ManagedExecutorService executor =
                InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        String rawKey = "BENCH-RAW-" + System.currentTimeMillis();
        LimitView rawRow =
                limits.defineLimit(
                        new DefineLimit(
                                LimitType.PRODUCT,
                                rawKey,
                                new BigDecimal("100000000000.00"),
                                "CNY",
                                "benchmark row"));
        String run = Long.toString(System.currentTimeMillis(), 36);

        Callable<Void> raw =
                () -> {
                    try (Connection c = dataSource.getConnection();
                            PreparedStatement update =
                                    c.prepareStatement(
                                            "update exposure_limit set utilised_amount ="
                                                    + " utilised_amount + 0.01 where id = ?")) {
                        c.setAutoCommit(true);
                        update.setLong(1, rawRow.id());
                        update.executeUpdate();
                    }
                    return null;
                };
        Callable<Void> reserve =
                () -> {
                    long n = sequence.incrementAndGet();
                    limits.reserve(
                            new ReserveExposure(
                                    "B-" + run + "-" + n,
                                    AMOUNT,
                                    "CNY",
                                    new ExposureAttributes(
                                            8_000_000_000L + n,
                                            null,
                                            null,
                                            "BENCH",
                                            "990000",
                                            "BENCH_BLIND",
                                            "BLIND_LENDING",
                                            "BENCH",
                                            null,
                                            true)));
                    return null;
                };

        // The reservation's own two statements in a JTA transaction through plain JDBC, without the
        // EJB and JPA: what the database and two-phase-capable (XA) commits cost alone. As in the
        // application, at most 16 transactions wait on the hot rows at a time (HotRowGate, ADR
        // 0004).
        UserTransaction userTransaction = webTransaction;
        Semaphore gate = new Semaphore(16, true);
        Callable<Void> statements =
                () -> {
                    long n = sequence.incrementAndGet();
                    boolean gated = false;
                    userTransaction.begin();
                    try {
                        try (Connection c = dataSource.getConnection();
                                PreparedStatement insert = c.prepareStatement(INSERT_EXPOSURE);
                                PreparedStatement update = c.prepareStatement(RESERVE)) {
                            insert.setLong(1, 9_000_000_000L + n);
                            insert.setString(2, "S-" + run + "-" + n);
                            insert.setLong(3, 8_000_000_000L + n);
                            insert.executeUpdate();
                            gate.acquire();
                            gated = true;
                            update.setBigDecimal(1, AMOUNT);
                            update.setBigDecimal(2, AMOUNT);
                            update.setString(3, Long.toString(8_000_000_000L + n));
                            update.executeUpdate();
                        }
                        userTransaction.commit();
                    } catch (Exception e) {
                        userTransaction.rollback();
                        throw e;
                    } finally {
                        if (gated) {
                            gate.release();
                        }
                    }
                    return null;
                };

        List<Result> results = new ArrayList<>();
        for (int callers : new int[] {1, 64}) {
            measure(executor, "raw single-row update + commit", callers, raw, WARM_UP_MS);
            results.add(
                    measure(executor, "raw single-row update + commit", callers, raw, MEASURE_MS));
            measure(executor, "reservation (blind ceiling)", callers, reserve, WARM_UP_MS);
            results.add(
                    measure(executor, "reservation (blind ceiling)", callers, reserve, MEASURE_MS));
            measure(executor, "its two statements, JDBC in JTA", callers, statements, WARM_UP_MS);
            results.add(
                    measure(
                            executor,
                            "its two statements, JDBC in JTA",
                            callers,
                            statements,
                            MEASURE_MS));
        }

        LimitView ceiling = limits.find(LimitType.BLIND_LENDING_CEILING, "programme").orElseThrow();
        Object[] live =
                probe.firstRow(
                        "select count(e), sum(e.outstanding) from LoanExposure e where"
                                + " e.profile.blindLending = true and e.status ="
                                + " com.microcredit.portfolio.domain.exposure.ExposureStatus.LIVE",
                        Map.of());
        assertTrue(ceiling.utilised().compareTo(ceiling.limit()) <= 0, "never above the ceiling");
        assertEquals(
                0,
                ceiling.utilised().compareTo(new BigDecimal(live[1].toString())),
                "ceiling utilisation equals the sum of live reservations");

        double contendedRaw = results.get(3).perSecond();
        double contendedReserve = results.get(4).perSecond();
        double contendedStatements = results.get(5).perSecond();
        StringBuilder report =
                new StringBuilder()
                        .append(
                                "| operation | callers | operations | per second | p50 ms | p99 ms"
                                        + " | server CPU ms/op | database CPU ms/op |\n")
                        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        results.forEach(r -> report.append(r.row()).append('\n'));
        report.append(
                String.format(
                        "%nContended reservations reach %.0f %% of the contended raw update rate;"
                                + " their two statements alone, in JTA transactions without EJB and"
                                + " JPA, %.0f %%.%n",
                        100 * contendedReserve / contendedRaw,
                        100 * contendedStatements / contendedRaw));
        report.append(
                String.format(
                        "Over-commit check: ceiling %s, utilised %s = sum of %s live blind"
                                + " reservations.%n",
                        ceiling.limit().toPlainString(),
                        ceiling.utilised().toPlainString(),
                        live[0]));
        System.out.println(report);
        // The server's working directory is its output directory
        // (ear/target/liberty/wlp/usr/servers/mcrc-it).
        Path out = Path.of("benchmarks", "reservations.md").toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private static Result measure(
            ManagedExecutorService executor,
            String what,
            int callers,
            Callable<Void> op,
            long millis)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < callers; t++) {
            futures.add(
                    executor.submit(
                            () -> {
                                start.await();
                                long[] latencies = new long[1 << 16];
                                int n = 0;
                                long end = System.nanoTime() + millis * 1_000_000;
                                while (System.nanoTime() < end) {
                                    long t0 = System.nanoTime();
                                    op.call();
                                    if (n == latencies.length) {
                                        latencies = Arrays.copyOf(latencies, n * 2);
                                    }
                                    latencies[n++] = System.nanoTime() - t0;
                                }
                                return Arrays.copyOf(latencies, n);
                            }));
        }
        double server0 = SERVER.seconds();
        double database0 = DATABASE.seconds();
        long t0 = System.nanoTime();
        start.countDown();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double serverCpu = SERVER.seconds() - server0;
        double databaseCpu = DATABASE.seconds() - database0;
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(
                what,
                callers,
                merged.length,
                seconds,
                percentile(merged, 0.50),
                percentile(merged, 0.99),
                serverCpu,
                databaseCpu);
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
