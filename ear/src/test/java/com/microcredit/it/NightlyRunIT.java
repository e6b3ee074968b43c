package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.benchmark.LoanBookGenerator;
import com.microcredit.benchmark.LoanBookGenerator.GeneratedLoan;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.NightlyRunView;
import com.microcredit.portfolio.application.NightlyRunServiceBean;
import com.microcredit.portfolio.application.NightlyRuns;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly run as a Jakarta Batch job on the real database: a loan with corrupt data fails the
 * run part-way; once the data is repaired, the restarted run resumes from its checkpoint, and every
 * live loan is counted exactly once, every overdue loan has exactly one sighting of its
 * DAYS_PAST_DUE signal, days past due match the schedules, and a reminder exists once per
 * instalment falling due soon. The schedule starts one run per business date.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class NightlyRunIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Duration WAIT = Duration.ofSeconds(180);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                NightlyRunIT.class,
                NightlyFixture.class,
                LoanBookGenerator.class,
                GeneratedLoan.class,
                CreditCodes.class,
                AsSystem.class,
                PageCalls.class,
                ApiCalls.class);
    }

    @EJB private NightlyRunServiceBean nightly;

    @EJB private NightlyRuns runs;

    @EJB private NightlyFixture fixture;

    @EJB private LoanBookService book;

    /** The timer's identity: only it and risk managers may start or restart runs (ADR 0014). */
    @EJB private AsSystem system;

    private NightlyRunView awaitEnd(long runId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            NightlyRunView run = runs.find(runId).orElseThrow();
            if (!"STARTED".equals(run.status()) && run.endedAt() != null) {
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Nightly run " + runId + " did not end within " + WAIT);
    }

    @Test
    void aFailedRunRestartedResumesFromItsCheckpointAndCountsNothingTwice() throws Exception {
        long idBase = 10_000_000_000L * (1 + ThreadLocalRandom.current().nextInt(900));
        List<GeneratedLoan> loans = fixture.generate(60, TODAY, 42L, idBase);
        GeneratedLoan broken = loans.get(37);
        // a run of this test that was cut short may have left its broken loan behind in a kept
        // database
        fixture.update("UPDATE loan_exposure SET currency = 'CNY' WHERE currency = 'ZZZ'");
        fixture.update(
                "UPDATE loan_exposure SET currency = 'ZZZ' WHERE id = ?", broken.exposureId());
        try {
            failAndRestart(loans, broken, idBase);
        } finally {
            fixture.update(
                    "UPDATE loan_exposure SET currency = 'CNY' WHERE id = ?", broken.exposureId());
        }
    }

    private void failAndRestart(List<GeneratedLoan> loans, GeneratedLoan broken, long idBase)
            throws Exception {

        NightlyRunView started = system.call(() -> nightly.startAsProcess(TODAY, "it", 2, 4));
        NightlyRunView failed = awaitEnd(started.id());
        assertEquals("FAILED", failed.status(), () -> "run " + failed);
        assertTrue(
                failed.failure() != null && failed.failure().contains("ZZZ"),
                () -> "failure: " + failed.failure());
        assertTrue(failed.loansProcessed() < failed.liveLoans(), "the run stopped part-way");
        assertTrue(failed.loansProcessed() > 0, "chunks before the broken loan committed");

        fixture.update(
                "UPDATE loan_exposure SET currency = 'CNY' WHERE id = ?", broken.exposureId());
        system.call(() -> nightly.restartAsProcess(started.id()));
        NightlyRunView done = awaitEnd(started.id());
        assertEquals("COMPLETED", done.status(), () -> "run " + done);
        assertEquals(2, done.executions());
        assertEquals(
                done.liveLoans(),
                done.loansProcessed(),
                "every live loan counted exactly once over both executions");
        assertEquals(
                failed.jobInstanceId(),
                done.jobInstanceId(),
                "the restart continues the same job instance");
        assertNotEquals(failed.jobExecutionId(), done.jobExecutionId());

        Map<String, Integer> dpd =
                fixture
                        .rows(
                                "SELECT reference, days_past_due FROM loan_exposure WHERE id"
                                        + " BETWEEN ? AND ?",
                                idBase,
                                idBase + loans.size())
                        .stream()
                        .collect(
                                Collectors.toMap(
                                        r -> (String) r[0], r -> ((Number) r[1]).intValue()));
        for (GeneratedLoan loan : loans) {
            assertEquals(
                    loan.expectedDaysPastDue(),
                    dpd.get(loan.reference()),
                    "days past due of " + loan.reference());
        }
        long overdue = loans.stream().filter(l -> l.expectedDaysPastDue() > 0).count();
        assertTrue(overdue > 0, "the generated book has overdue loans");
        Map<String, Object[]> signals =
                fixture
                        .rows(
                                "SELECT loan_reference, sightings, signal_level FROM warning_signal"
                                        + " WHERE indicator_code = 'DAYS_PAST_DUE' AND borrower_id"
                                        + " BETWEEN ? AND ?",
                                idBase,
                                idBase + loans.size())
                        .stream()
                        .collect(Collectors.toMap(r -> (String) r[0], Function.identity()));
        assertEquals(overdue, signals.size(), "one DAYS_PAST_DUE signal per overdue loan");
        signals.values()
                .forEach(s -> assertEquals(1, ((Number) s[1]).intValue(), "seen once: " + s[0]));
        loans.stream()
                .filter(l -> l.expectedDaysPastDue() >= 91)
                .forEach(
                        l ->
                                assertEquals(
                                        "RED",
                                        signals.get(l.reference())[2],
                                        l.reference() + " is 91+ days past due"));

        long dueSoon =
                loans.stream()
                        .filter(
                                l ->
                                        l.nextDueDate() != null
                                                && !l.nextDueDate().isBefore(TODAY)
                                                && !l.nextDueDate().isAfter(TODAY.plusDays(3)))
                        .count();
        assertEquals(
                dueSoon,
                fixture.count(
                        "SELECT COUNT(*) FROM repayment_reminder WHERE borrower_id BETWEEN ? AND ?",
                        idBase,
                        idBase + loans.size()),
                "one reminder per instalment due within three days");
        assertEquals(
                1L,
                fixture.count(
                        "SELECT COUNT(*) FROM portfolio_snapshot WHERE as_of = ?",
                        java.sql.Date.valueOf(TODAY)));
    }

    /**
     * Issue 26 (ADR 0028): days past due are the worse of core banking's posting and the schedule.
     * A loan whose schedule this application does not hold (the demo book's loans) keeps the
     * arrears core banking posted through a run, aged to the run's date, and stays on the
     * collection list.
     */
    @Test
    void aRunNeverErasesArrearsOnlyCoreBankingReported() throws Exception {
        long idBase = 10_000_000_000L * (1 + ThreadLocalRandom.current().nextInt(900));
        GeneratedLoan loan = fixture.generate(3, TODAY, 7L, idBase).get(0);
        fixture.update(
                "DELETE FROM repayment_instalment WHERE application_id IN (SELECT id FROM"
                        + " loan_application WHERE exposure_reference = ?)",
                loan.reference());
        LocalDate postedOn = TODAY.minusDays(2);
        system.call(() -> book.recordDaysPastDue(loan.reference(), 720, postedOn));

        NightlyRunView started = system.call(() -> nightly.startAsProcess(TODAY, "it", 2, 4));
        NightlyRunView done = awaitEnd(started.id());
        assertEquals("COMPLETED", done.status(), () -> "run " + done);

        Object[] after =
                fixture.rows(
                                "SELECT days_past_due, category FROM loan_exposure WHERE id = ?",
                                loan.exposureId())
                        .get(0);
        assertEquals(722, ((Number) after[0]).intValue(), "posted 720 days two days before");
        assertEquals("LOSS", ((String) after[1]).strip());

        PageCalls risk = new PageCalls();
        assertEquals(302, risk.signIn("risk").status(), "risk signs in");
        PageCalls.Page queue = risk.get("/mcrc/pages/warnings/queue.xhtml");
        assertEquals(200, queue.status());
        assertTrue(
                queue.body().contains(loan.reference()),
                "the loan is on the collection list after the run");
    }

    @Test
    void theScheduleStartsOneRunPerBusinessDate() throws Exception {
        String key = TODAY.toString();
        boolean ranBefore =
                fixture.count("SELECT COUNT(*) FROM nightly_run WHERE schedule_key = ?", key) > 0;
        var first = system.call(() -> nightly.startScheduled(TODAY));
        assertEquals(!ranBefore, first.isPresent(), "the first firing of the day starts the run");
        assertFalse(
                system.call(() -> nightly.startScheduled(TODAY)).isPresent(),
                "a second firing for the same date starts nothing");
        if (first.isPresent()) {
            assertEquals("COMPLETED", awaitEnd(first.get().id()).status());
        }
        assertEquals(
                1L, fixture.count("SELECT COUNT(*) FROM nightly_run WHERE schedule_key = ?", key));
    }
}
