package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.application.NightlyRuns;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** Escalates the signals overdue on the business date to their owner role's supervisor. */
@Named("signalEscalationBatchlet")
@Dependent
public class SignalEscalationBatchlet extends AbstractBatchlet {

    @Inject @BatchProperty String businessDate;

    @Inject @BatchProperty String runId;

    @EJB private NightlyRuns runs;

    @EJB private EarlyWarningService warnings;

    @Inject private NightlyPhaseTimes times;

    @Override
    public String process() {
        long started = System.nanoTime();
        try {
            return "ESCALATED " + warnings.escalateOverdue(LocalDate.parse(businessDate));
        } catch (RuntimeException e) {
            runs.noteFailure(Long.parseLong(runId), "Step escalation: " + e);
            throw e;
        } finally {
            times.add(
                    Long.parseLong(runId),
                    NightlyPhaseTimes.Phase.STEP_ESCALATION,
                    System.nanoTime() - started);
        }
    }
}
