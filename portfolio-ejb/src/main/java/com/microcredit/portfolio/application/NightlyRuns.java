package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.NightlyRunView;
import com.microcredit.portfolio.api.PartitionProgress;
import com.microcredit.portfolio.domain.exposure.ExposureStatus;
import com.microcredit.portfolio.domain.nightly.NightlyRun;
import com.microcredit.portfolio.domain.nightly.RunStatus;
import com.microcredit.portfolio.domain.nightly.RunTrigger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The {@code nightly_run} rows, each change in a transaction of its own (the batch job runs outside
 * the caller's transaction, so its record must commit on its own). Internal to portfolio-ejb: the
 * service, the schedule and the job's listeners use it.
 */
@Stateless
// the run's bookkeeping: the nightly-run service's roles and the job (its starter: RISK_MANAGER or
// SYSTEM)
@RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR", "ADMIN", "SYSTEM"})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NightlyRuns {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    /**
     * Records a new run, or, for the schedule, nothing when the business date already has its
     * scheduled run (the unique schedule key refuses a concurrent second one from another server).
     */
    public Optional<Long> create(
            LocalDate businessDate, RunTrigger trigger, String by, Instant at) {
        if (trigger == RunTrigger.SCHEDULE
                && !em.createQuery(
                                "SELECT r.id FROM NightlyRun r WHERE r.scheduleKey = :k",
                                Long.class)
                        .setParameter("k", businessDate.toString())
                        .getResultList()
                        .isEmpty()) {
            return Optional.empty();
        }
        long live =
                em.createQuery(
                                "SELECT COUNT(e) FROM LoanExposure e WHERE e.status = :live",
                                Long.class)
                        .setParameter("live", ExposureStatus.LIVE)
                        .getSingleResult();
        NightlyRun run = new NightlyRun(businessDate, trigger, by, live, at);
        em.persist(run);
        em.flush();
        return Optional.of(run.getId());
    }

    public void executing(long runId, long instanceId, long executionId) {
        lock(runId).executing(instanceId, executionId);
    }

    public void ended(long runId, RunStatus outcome, String failure, Instant at) {
        lock(runId).ended(outcome, failure, at);
    }

    /** Keeps the first error the current execution met (a chunk's exception). */
    public void noteFailure(long runId, String reason) {
        lock(runId).noteFailure(reason);
    }

    public NightlyRun require(long runId) {
        NightlyRun run = em.find(NightlyRun.class, runId);
        if (run == null) {
            throw new IllegalArgumentException("No nightly run " + runId);
        }
        return run;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<NightlyRunView> recent(int limit) {
        return em
                .createQuery(
                        "SELECT r FROM NightlyRun r ORDER BY r.startedAt DESC, r.id DESC",
                        NightlyRun.class)
                .setMaxResults(Math.max(1, Math.min(limit, 100)))
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<NightlyRunView> find(long runId) {
        return Optional.ofNullable(em.find(NightlyRun.class, runId)).map(this::view);
    }

    private NightlyRun lock(long runId) {
        NightlyRun run = em.find(NightlyRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new IllegalArgumentException("No nightly run " + runId);
        }
        return run;
    }

    private NightlyRunView view(NightlyRun r) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT partition_no, first_id, last_id, loans_processed,"
                                    + " overdue_loans, reclassified, new_defaults, signals_raised,"
                                    + " reminders FROM nightly_run_partition WHERE run_id = ?1"
                                    + " ORDER BY partition_no")
                        .setParameter(1, r.getId())
                        .getResultList();
        long[] sums = new long[6];
        List<PartitionProgress> partitions =
                rows.stream()
                        .map(
                                row -> {
                                    for (int i = 0; i < 6; i++) {
                                        sums[i] += ((Number) row[3 + i]).longValue();
                                    }
                                    return new PartitionProgress(
                                            ((Number) row[0]).intValue(),
                                            ((Number) row[1]).longValue(),
                                            ((Number) row[2]).longValue(),
                                            ((Number) row[3]).longValue());
                                })
                        .toList();
        return new NightlyRunView(
                r.getId(),
                r.getBusinessDate(),
                r.getTrigger().name(),
                r.getRequestedBy(),
                r.getStatus().name(),
                r.getJobInstanceId(),
                r.getJobExecutionId(),
                r.getExecutions(),
                r.getLiveLoans(),
                sums[0],
                sums[1],
                sums[2],
                sums[3],
                sums[4],
                sums[5],
                r.getStartedAt(),
                r.getEndedAt(),
                r.getFailure(),
                partitions);
    }
}
