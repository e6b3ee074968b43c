package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.NightlyRunService;
import com.microcredit.portfolio.api.NightlyRunView;
import com.microcredit.portfolio.domain.nightly.NightlyRun;
import com.microcredit.portfolio.domain.nightly.RunStatus;
import com.microcredit.portfolio.domain.nightly.RunTrigger;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts and restarts the {@code nightly-portfolio} job. No transaction of its own: the run's row
 * commits first ({@link NightlyRuns}, its own transaction), then the batch runtime takes the job.
 */
@Stateless
@LocalBean
@RolesAllowed({"RISK_MANAGER", "CREDIT_OFFICER", "AUDITOR", "ADMIN", "SYSTEM"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyRunServiceBean implements NightlyRunService {

    static final String JOB = "nightly-portfolio";
    private static final Logger LOG = Logger.getLogger(NightlyRunServiceBean.class.getName());

    @Inject @BankZone private Clock clock;

    @EJB private NightlyRuns runs;

    @Inject private WarningSettings settings;

    @Resource private SessionContext context;

    @Override
    @RolesAllowed("RISK_MANAGER")
    public NightlyRunView start(LocalDate businessDate) {
        if (businessDate == null) {
            throw new ChangeRefusedException(null, "BUSINESS_DATE_REQUIRED");
        }
        return startAsProcess(
                businessDate,
                context.getCallerPrincipal().getName(),
                settings.partitions(),
                settings.chunkSize());
    }

    /**
     * A run started by a process of this module (or an integration test) with its own partitioning:
     * not part of the API, which checks the risk manager's role before it comes here.
     */
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public NightlyRunView startAsProcess(
            LocalDate businessDate, String by, int partitions, int chunkSize) {
        long runId =
                runs.create(businessDate, RunTrigger.MANUAL, by, clock.instant()).orElseThrow();
        launch(runId, parameters(runId, businessDate, partitions, chunkSize));
        return runs.find(runId).orElseThrow();
    }

    /**
     * The schedule's run of a business date, started at most once whichever server fires first;
     * empty when the date already has its scheduled run. Not part of the API: {@link
     * NightlySchedule} and the integration tests call it, as the system identity (ADR 0014).
     */
    @RolesAllowed("SYSTEM")
    public Optional<NightlyRunView> startScheduled(LocalDate businessDate) {
        Optional<Long> runId =
                runs.create(businessDate, RunTrigger.SCHEDULE, "schedule", clock.instant());
        runId.ifPresent(
                id ->
                        launch(
                                id,
                                parameters(
                                        id,
                                        businessDate,
                                        settings.partitions(),
                                        settings.chunkSize())));
        return runId.flatMap(runs::find);
    }

    @Override
    @RolesAllowed("RISK_MANAGER")
    public NightlyRunView restart(long runId) {
        return restartAsProcess(runId);
    }

    /**
     * Restarts a failed or stopped run with the parameters it started with; not part of the API
     * (see restart).
     */
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public NightlyRunView restartAsProcess(long runId) {
        // NightlyRuns is an EJB: its "no such run" would arrive wrapped as a system exception, not
        // as a refusal.
        if (runs.find(runId).isEmpty()) {
            throw new ChangeRefusedException(null, "NOT_FOUND", "NIGHTLY_RUN", runId);
        }
        NightlyRun run;
        try {
            run = runs.require(runId);
            run.requireRestartable();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChangeRefusedException(null, "NIGHTLY_RUN_NOT_RESTARTABLE", runId).because(e);
        }
        try {
            Properties parameters = jobs().getParameters(run.getJobExecutionId());
            long execution = jobs().restart(run.getJobExecutionId(), parameters);
            runs.executing(runId, jobs().getJobInstance(execution).getInstanceId(), execution);
        } catch (RuntimeException e) {
            throw new ChangeRefusedException(null, "NIGHTLY_RUN_NOT_RESTARTABLE", runId).because(e);
        }
        return runs.find(runId).orElseThrow();
    }

    @Override
    public List<NightlyRunView> recent(int limit) {
        return runs.recent(limit);
    }

    @Override
    public Optional<NightlyRunView> find(long runId) {
        return runs.find(runId);
    }

    @Override
    // and the warning queue
    @RolesAllowed({
        "ACCOUNT_MANAGER",
        "CREDIT_OFFICER",
        "RISK_MANAGER",
        "AUDITOR",
        "ADMIN",
        "SYSTEM"
    })
    public LocalDate businessDate() {
        return settings.today(clock);
    }

    private void launch(long runId, Properties parameters) {
        try {
            long execution = jobs().start(JOB, parameters);
            runs.executing(runId, jobs().getJobInstance(execution).getInstanceId(), execution);
            LOG.info(
                    () ->
                            "Nightly run "
                                    + runId
                                    + " for "
                                    + parameters.getProperty("businessDate")
                                    + " started as job execution "
                                    + execution);
        } catch (RuntimeException e) {
            runs.ended(
                    runId,
                    RunStatus.FAILED,
                    "The batch runtime refused to start the job: " + e,
                    clock.instant());
            throw new ChangeRefusedException(null, "NIGHTLY_RUN_NOT_STARTED").because(e);
        }
    }

    private static Properties parameters(
            long runId, LocalDate businessDate, int partitions, int chunkSize) {
        if (partitions < 1 || chunkSize < 1) {
            throw new ChangeRefusedException(null, "NIGHTLY_RUN_SIZES");
        }
        Properties p = new Properties();
        p.setProperty("runId", String.valueOf(runId));
        p.setProperty("businessDate", businessDate.toString());
        p.setProperty("partitions", String.valueOf(partitions));
        p.setProperty("chunkSize", String.valueOf(chunkSize));
        return p;
    }

    private static JobOperator jobs() {
        return BatchRuntime.getJobOperator();
    }
}
