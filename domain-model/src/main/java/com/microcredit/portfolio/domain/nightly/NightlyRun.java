package com.microcredit.portfolio.domain.nightly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One nightly portfolio run for a business date. Invariants: a scheduled run carries its business
 * date as a unique schedule key, so however many servers' timers fire, one scheduled run exists per
 * day; a run a risk manager starts has no key. Only a failed or stopped run is restarted, and a
 * restart continues the same run (same job instance, from its checkpoint).
 */
@Entity
@Table(name = "nightly_run")
public class NightlyRun {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 16)
    private RunTrigger trigger;

    @Column(name = "schedule_key", length = 16, unique = true)
    private String scheduleKey;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RunStatus status;

    @Column(name = "live_loans", nullable = false)
    private long liveLoans;

    @Column(nullable = false)
    private int executions;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(length = 1000)
    private String failure;

    @Version private long version;

    protected NightlyRun() {}

    public NightlyRun(
            LocalDate businessDate,
            RunTrigger trigger,
            String requestedBy,
            long liveLoans,
            Instant at) {
        if (requestedBy == null || requestedBy.isBlank()) {
            throw new IllegalArgumentException("A nightly run names who or what requested it");
        }
        this.businessDate = Objects.requireNonNull(businessDate, "businessDate");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.scheduleKey = trigger == RunTrigger.SCHEDULE ? businessDate.toString() : null;
        this.requestedBy = requestedBy;
        this.liveLoans = liveLoans;
        this.status = RunStatus.STARTED;
        this.startedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * The batch job execution that now carries the run (the first one, or a restart). Recording the
     * same execution again (the starter and the job's listener both do) changes nothing.
     */
    public void executing(long instanceId, long executionId) {
        if (jobExecutionId != null && jobExecutionId == executionId) {
            return;
        }
        if (jobInstanceId != null && jobInstanceId != instanceId) {
            throw new IllegalStateException(
                    "Run " + id + " belongs to job instance " + jobInstanceId);
        }
        this.jobInstanceId = instanceId;
        this.jobExecutionId = executionId;
        this.executions++;
        this.status = RunStatus.STARTED;
        this.endedAt = null;
        this.failure = null;
    }

    /** Refuses a restart unless the run failed or was stopped. */
    public void requireRestartable() {
        if (!status.restartable()) {
            throw new IllegalStateException(
                    "Run " + id + " is " + status + "; only a failed or stopped run is restarted");
        }
    }

    /** Keeps the first error the current execution met; the status follows when the job ends. */
    public void noteFailure(String reason) {
        if (failure == null && reason != null && !reason.isBlank()) {
            failure = truncated(reason);
        }
    }

    /**
     * The job ended: a completed run has no failure; a failed or stopped one keeps the error it
     * met, if any.
     */
    public void ended(RunStatus outcome, String failureReason, Instant at) {
        if (outcome == RunStatus.STARTED) {
            throw new IllegalArgumentException("A run ends completed, failed or stopped");
        }
        this.status = outcome;
        if (outcome == RunStatus.COMPLETED) {
            this.failure = null;
        } else if (failureReason != null) {
            this.failure = truncated(failureReason);
        } else if (failure == null) {
            this.failure =
                    "The batch job ended " + outcome + " without an error message; see its job log";
        }
        this.endedAt = Objects.requireNonNull(at, "at");
    }

    private static String truncated(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
    }

    public Long getId() {
        return id;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public RunTrigger getTrigger() {
        return trigger;
    }

    public String getScheduleKey() {
        return scheduleKey;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Long getJobInstanceId() {
        return jobInstanceId;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public RunStatus getStatus() {
        return status;
    }

    public long getLiveLoans() {
        return liveLoans;
    }

    public int getExecutions() {
        return executions;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getFailure() {
        return failure;
    }
}
