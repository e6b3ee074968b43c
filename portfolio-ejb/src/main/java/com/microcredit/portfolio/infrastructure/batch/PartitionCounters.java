package com.microcredit.portfolio.infrastructure.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The partition counters of the nightly run ({@code nightly_run_partition}). */
final class PartitionCounters {

    private PartitionCounters() {}

    /** Adds the chunk's counts to its partition's row (created by the partition's first chunk). */
    static void add(
            Connection c,
            long runId,
            int partitionNo,
            long firstId,
            long lastId,
            NightlyChunk.Counts n)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "UPDATE nightly_run_partition SET loans_processed = loans_processed + ?,"
                            + " overdue_loans = overdue_loans + ?, reclassified = reclassified + ?,"
                            + " new_defaults = new_defaults + ?, signals_raised = signals_raised +"
                            + " ?, reminders = reminders + ? WHERE run_id = ? AND partition_no"
                            + " = ?")) {
            ps.setLong(1, n.loans());
            ps.setLong(2, n.overdue());
            ps.setLong(3, n.reclassified());
            ps.setLong(4, n.newDefaults());
            ps.setLong(5, n.signals());
            ps.setLong(6, n.reminders());
            ps.setLong(7, runId);
            ps.setInt(8, partitionNo);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO nightly_run_partition (run_id, partition_no, first_id,"
                            + " last_id, loans_processed, overdue_loans, reclassified,"
                            + " new_defaults, signals_raised, reminders) VALUES (?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?)")) {
            ps.setLong(1, runId);
            ps.setInt(2, partitionNo);
            ps.setLong(3, firstId);
            ps.setLong(4, lastId);
            ps.setLong(5, n.loans());
            ps.setLong(6, n.overdue());
            ps.setLong(7, n.reclassified());
            ps.setLong(8, n.newDefaults());
            ps.setLong(9, n.signals());
            ps.setLong(10, n.reminders());
            ps.executeUpdate();
        }
    }
}
