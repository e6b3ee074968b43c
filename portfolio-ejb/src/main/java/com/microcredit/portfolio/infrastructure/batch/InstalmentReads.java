package com.microcredit.portfolio.infrastructure.batch;

import static com.microcredit.portfolio.infrastructure.batch.ExposureRows.LIVE_RANGE;
import static com.microcredit.portfolio.infrastructure.batch.ExposureRows.range;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chunk's unpaid instalments, read through loan origination's read model {@code
 * origination_loan_instalment} (the repayment schedules, a view owned by origination, V28_1).
 */
final class InstalmentReads {

    /** An unpaid instalment due from the business date on (reminders). */
    record Due(int number, LocalDate dueDate, BigDecimal amount) {}

    /**
     * Per loan id: the oldest unpaid instalment due before the business date, and those due soon.
     */
    record Unpaid(Map<Long, LocalDate> oldest, Map<Long, List<Due>> dueSoon) {

        LocalDate oldestOf(long loanId) {
            return oldest.get(loanId);
        }

        List<Due> dueSoonOf(long loanId) {
            return dueSoon.getOrDefault(loanId, List.of());
        }
    }

    private InstalmentReads() {}

    /**
     * One read of the chunk's unpaid instalments due before {@code until}: the oldest one due
     * before {@code asOf} (days past due) and those due from {@code asOf} until {@code until}
     * (reminders). One join over the schedules instead of two: the schedule rows are the biggest
     * table the run touches (twelve per loan).
     */
    static Unpaid unpaid(Connection c, long lo, long hi, LocalDate asOf, LocalDate until)
            throws SQLException {
        Map<Long, LocalDate> oldest = new HashMap<>();
        Map<Long, List<Due>> dueSoon = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, i.instalment_number, i.due_date, i.amount FROM"
                                + " loan_exposure e JOIN origination_loan_instalment i ON"
                                + " i.loan_reference = e.reference WHERE"
                                + LIVE_RANGE
                                + " AND i.due_date < ? AND i.balance_after < e.outstanding")) {
            range(ps, lo, hi);
            ps.setDate(3, Date.valueOf(until));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    LocalDate due = rs.getDate(3).toLocalDate();
                    if (due.isBefore(asOf)) {
                        oldest.merge(id, due, (x, y) -> x.isBefore(y) ? x : y);
                    } else {
                        dueSoon.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(new Due(rs.getInt(2), due, rs.getBigDecimal(4)));
                    }
                }
            }
        }
        return new Unpaid(oldest, dueSoon);
    }
}
