package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.portfolio.api.PortfolioFigures;
import com.microcredit.portfolio.application.NightlyRuns;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** Takes (or retakes) the portfolio snapshot of the business date for the trend charts. */
@Named("portfolioSnapshotBatchlet")
@Dependent
public class PortfolioSnapshotBatchlet extends AbstractBatchlet {

    @Inject @BatchProperty String businessDate;

    @Inject @BatchProperty String runId;

    @EJB private NightlyRuns runs;

    @EJB private PortfolioFigures figures;

    @Inject private NightlyPhaseTimes times;

    @Override
    public String process() {
        long started = System.nanoTime();
        try {
            return "SNAPSHOT " + figures.takeSnapshot(LocalDate.parse(businessDate)).asOf();
        } catch (RuntimeException e) {
            runs.noteFailure(Long.parseLong(runId), "Step snapshot: " + e);
            throw e;
        } finally {
            times.add(
                    Long.parseLong(runId),
                    NightlyPhaseTimes.Phase.STEP_SNAPSHOT,
                    System.nanoTime() - started);
        }
    }
}
