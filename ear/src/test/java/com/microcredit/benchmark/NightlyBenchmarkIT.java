package com.microcredit.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microcredit.it.CreditCodes;
import com.microcredit.it.Deployments;
import com.microcredit.it.RunsAsSystem;
import com.microcredit.portfolio.api.NightlyRunView;
import com.microcredit.portfolio.application.NightlyRunServiceBean;
import com.microcredit.portfolio.application.NightlyRuns;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.persistence.FieldCipher;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly run over a generated book ({@code MCRC_BENCHMARK_LOANS}, default 1,000,000) on MySQL,
 * in loans per second, beside a plain SQL scan-and-update of the same rows measured in the same
 * run: one set-based UPDATE that recomputes every live loan's days past due from its schedule (the
 * floor of the database work, without classification, provisions, indicators, signals, reminders,
 * checkpoints or counters). Not part of the test suite: {@code bin/benchmark nightly}.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class NightlyBenchmarkIT {

    private static final int LOANS =
            Integer.parseInt(System.getenv().getOrDefault("MCRC_BENCHMARK_LOANS", "1000000"));
    private static final int PARTITIONS =
            Integer.parseInt(System.getenv().getOrDefault("MCRC_BENCHMARK_PARTITIONS", "4"));
    private static final int CHUNK =
            Integer.parseInt(System.getenv().getOrDefault("MCRC_BENCHMARK_CHUNK", "1000"));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                NightlyBenchmarkIT.class,
                LoanBookGenerator.class,
                LoanBookGenerator.GeneratedLoan.class,
                SetBasedBookGenerator.class,
                CreditCodes.class,
                com.microcredit.it.AsSystem.class);
    }

    @EJB private NightlyRunServiceBean nightly;

    @EJB private NightlyRuns runs;

    @EJB private com.microcredit.it.AsSystem system;

    @Test
    void nightlyRunOverTheGeneratedBook() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // the sequence data source is the same database without JTA: the generator commits its own
        // batches
        DataSource direct = InitialContext.doLookup("jdbc/mcrcSequence");
        long g0 = System.nanoTime();
        try (Connection c = direct.getConnection()) {
            c.setAutoCommit(false);
            if ("jdbc".equals(System.getenv("MCRC_BENCHMARK_GENERATOR"))) {
                new LoanBookGenerator(
                                today,
                                20261128L,
                                1_000_000_000L,
                                CDI.current().select(FieldCipher.class).get(),
                                CDI.current().select(LookupHasher.class).get())
                        .generate(c, LOANS, true);
            } else {
                SetBasedBookGenerator.generate(
                        c,
                        LOANS,
                        today,
                        1_000_000_000L,
                        CDI.current().select(FieldCipher.class).get());
            }
            c.commit();
        }
        double generateSeconds = (System.nanoTime() - g0) / 1e9;
        long live;
        long instalments;
        try (Connection c = direct.getConnection();
                Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE loan_exposure, loan_application, repayment_instalment");
            live = single(s, "SELECT COUNT(*) FROM loan_exposure WHERE status = 'LIVE'");
            instalments = single(s, "SELECT COUNT(*) FROM repayment_instalment");
        }

        // plain SQL: one statement scans every live loan and updates its days past due from the
        // schedule
        long p0 = System.nanoTime();
        long plainRows;
        try (Connection c = direct.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "UPDATE loan_exposure e SET e.days_past_due = COALESCE((SELECT"
                                    + " DATEDIFF(?, MIN(i.due_date)) FROM loan_application a JOIN"
                                    + " repayment_instalment i ON i.application_id = a.id WHERE"
                                    + " a.exposure_reference = e.reference AND i.due_date < ? AND"
                                    + " i.balance_after < e.outstanding), 0) WHERE e.status ="
                                    + " 'LIVE'")) {
            c.setAutoCommit(true);
            ps.setDate(1, Date.valueOf(today));
            ps.setDate(2, Date.valueOf(today));
            plainRows = ps.executeUpdate();
        }
        double plainSeconds = (System.nanoTime() - p0) / 1e9;
        try (Connection c = direct.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "UPDATE loan_exposure SET days_past_due = 0 WHERE status = 'LIVE'"); // untimed
            // reset
        }

        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        long n0 = System.nanoTime();
        // as the timer starts it: the system identity (only it and risk managers may submit the
        // job)
        NightlyRunView run =
                system.call(() -> nightly.startAsProcess(today, "benchmark", PARTITIONS, CHUNK));
        while (true) {
            run = runs.find(run.id()).orElseThrow();
            if (!"STARTED".equals(run.status()) && run.endedAt() != null) {
                break;
            }
            Thread.sleep(200);
        }
        double nightlySeconds = (System.nanoTime() - n0) / 1e9;
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
        assertEquals("COMPLETED", run.status(), "run " + run);
        assertEquals(run.liveLoans(), run.loansProcessed());

        StringBuilder report =
                new StringBuilder()
                        .append(
                                String.format(
                                        "Book: %,d live loans, %,d instalments (generated in %.1f"
                                                + " s, %s generator).%n%n",
                                        live,
                                        instalments,
                                        generateSeconds,
                                        "jdbc".equals(System.getenv("MCRC_BENCHMARK_GENERATOR"))
                                                ? "JDBC"
                                                : "set-based SQL"))
                        .append("| what | rows | seconds | loans/s |\n|---|---:|---:|---:|\n")
                        .append(
                                String.format(
                                        "| plain SQL scan-and-update (days past due only, one"
                                                + " statement) | %,d | %.1f | %,.0f |%n",
                                        plainRows, plainSeconds, live / plainSeconds))
                        .append(
                                String.format(
                                        "| nightly run (%d partitions, chunks of %d): days past"
                                            + " due, classification, provisions, 8 indicators,"
                                            + " signals, reminders, escalation, snapshot | %,d |"
                                            + " %.1f | %,.0f |%n",
                                        PARTITIONS,
                                        CHUNK,
                                        run.loansProcessed(),
                                        nightlySeconds,
                                        run.loansProcessed() / nightlySeconds))
                        .append(
                                String.format(
                                        "%nNightly run counters: overdue %,d, reclassified %,d, new"
                                                + " defaults %,d, new signals %,d, reminders %,d."
                                                + " Target: the whole run in 120 s or less: %s.%n",
                                        run.overdueLoans(),
                                        run.reclassified(),
                                        run.newDefaults(),
                                        run.signalsRaised(),
                                        run.reminders(),
                                        nightlySeconds <= 120 ? "met" : "NOT met"))
                        .append(
                                String.format(
                                        "%nLoad average (/proc/loadavg) at the start of the nightly"
                                            + " run: %s; at its end: %s. Phase times: the server"
                                            + " log's \"Nightly run %d phases\" line.%n",
                                        loadBefore, loadAfter, run.id()));
        System.out.println(report);
        Path out = Path.of("benchmarks", "nightly.md").toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
