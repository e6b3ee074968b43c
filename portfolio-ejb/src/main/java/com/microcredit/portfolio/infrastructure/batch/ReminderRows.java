package com.microcredit.portfolio.infrastructure.batch;

import static com.microcredit.portfolio.infrastructure.batch.ExposureRows.LIVE_RANGE;
import static com.microcredit.portfolio.infrastructure.batch.ExposureRows.range;

import com.microcredit.portfolio.infrastructure.batch.InstalmentReads.Due;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The chunk's new repayment reminders ({@code repayment_reminder}), one per instalment at most. */
final class ReminderRows {

    /** An instalment of a loan to remind of. */
    record Reminder(ChunkLoan loan, Due due) {}

    private ReminderRows() {}

    /** Inserts the reminders not sent before in one batch; returns how many were new. */
    static long insert(
            Connection c, long lo, long hi, LocalDate asOf, long runId, List<Reminder> reminders)
            throws SQLException {
        if (reminders.isEmpty()) {
            return 0;
        }
        Set<String> existing = new HashSet<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT r.loan_reference, r.instalment_number FROM repayment_reminder r"
                                + " JOIN loan_exposure e ON e.reference = r.loan_reference WHERE"
                                + LIVE_RANGE
                                + " AND r.due_date >= ?")) {
            range(ps, lo, hi);
            ps.setDate(3, Date.valueOf(asOf));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1) + "#" + rs.getInt(2));
                }
            }
        }
        long inserted = 0;
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO repayment_reminder (loan_reference, instalment_number,"
                            + " borrower_id, due_date, amount, remind_on, run_id) VALUES (?, ?, ?,"
                            + " ?, ?, ?, ?)")) {
            for (Reminder r : reminders) {
                ChunkLoan loan = r.loan();
                Due d = r.due();
                if (!existing.add(loan.reference() + "#" + d.number())) {
                    continue;
                }
                ps.setString(1, loan.reference());
                ps.setInt(2, d.number());
                ps.setLong(3, loan.borrowerId());
                ps.setDate(4, Date.valueOf(d.dueDate()));
                ps.setBigDecimal(5, d.amount());
                ps.setDate(6, Date.valueOf(asOf));
                ps.setLong(7, runId);
                ps.addBatch();
                inserted++;
            }
            if (inserted > 0) {
                ps.executeBatch();
            }
        }
        return inserted;
    }
}
