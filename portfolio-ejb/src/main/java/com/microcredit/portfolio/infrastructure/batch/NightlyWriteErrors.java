package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.portfolio.application.NightlyRuns;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractItemWriteListener;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Records the error a chunk met on the run (in a transaction of its own, so it survives the chunk's
 * rollback), for the nightly-run page; the job log in the Admin Center has the stack trace.
 */
@Named("nightlyWriteErrors")
@Dependent
public class NightlyWriteErrors extends AbstractItemWriteListener {

    @Inject @BatchProperty String runId;

    @Inject @BatchProperty String partitionNo;

    @EJB private NightlyRuns runs;

    @Override
    public void onWriteError(List<Object> items, Exception e) {
        if (e instanceof ConcurrentChangeException) {
            return; // retried
        }
        Object first = items.isEmpty() ? "-" : items.get(0);
        Object last = items.isEmpty() ? "-" : items.get(items.size() - 1);
        runs.noteFailure(
                Long.parseLong(runId),
                "Partition "
                        + partitionNo
                        + ", loans "
                        + first
                        + ".."
                        + last
                        + ": "
                        + e.getClass().getSimpleName()
                        + ": "
                        + e.getMessage());
    }
}
