package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.portfolio.application.NightlyRuns;
import com.microcredit.portfolio.domain.nightly.RunStatus;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Keeps the run's row in step with the job: which execution carries it, and how it ended. */
@Named("nightlyJobListener")
@Dependent
public class NightlyJobListener extends AbstractJobListener {

    @Inject private JobContext job;

    @Inject @BatchProperty String runId;

    @EJB private NightlyRuns runs;

    @Inject private NightlyPhaseTimes times;

    @Override
    public void beforeJob() {
        runs.executing(runId(), job.getInstanceId(), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        // afterJob runs before the runtime sets the final status: a job that went through all its
        // steps is still STARTED here, a failed one already FAILED
        RunStatus outcome =
                switch (status) {
                    case COMPLETED, STARTED -> RunStatus.COMPLETED;
                    case STOPPED, STOPPING -> RunStatus.STOPPED;
                    default -> RunStatus.FAILED;
                };
        runs.ended(runId(), outcome, null, Instant.now());
        times.report(runId());
    }

    private long runId() {
        return Long.parseLong(runId);
    }
}
