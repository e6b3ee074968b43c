package com.microcredit.portfolio.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A nightly run with its progress: the counters are the sum of its partitions' counters, each moved
 * in the transaction of the chunk it counts. {@code jobInstanceId} and {@code jobExecutionId} find
 * the job in the Admin Center's Java Batch tool.
 */
public record NightlyRunView(
        long id,
        LocalDate businessDate,
        String trigger,
        String requestedBy,
        String status,
        Long jobInstanceId,
        Long jobExecutionId,
        int executions,
        long liveLoans,
        long loansProcessed,
        long overdueLoans,
        long reclassified,
        long newDefaults,
        long signalsRaised,
        long reminders,
        Instant startedAt,
        Instant endedAt,
        String failure,
        List<PartitionProgress> partitions) {

    /** Share of the live loans at the start already processed, 0..100. */
    public int percentDone() {
        if (liveLoans <= 0) {
            return "COMPLETED".equals(status) ? 100 : 0;
        }
        return (int) Math.min(100, loansProcessed * 100 / liveLoans);
    }

    public boolean restartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }
}
