package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.portfolio.domain.classification.LoanCategory;
import com.microcredit.portfolio.domain.exposure.Reassessment;
import com.microcredit.shared.domain.Money;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portfolio's own {@code loan_exposure} rows of a chunk: one read of the live loans of the id
 * range, and one JDBC batch that writes back the changed ones (optimistically, by version).
 */
final class ExposureRows {

    /** The live loans of a chunk's id range: {@code e.id BETWEEN ? AND ?}, live only. */
    static final String LIVE_RANGE = " e.id BETWEEN ? AND ? AND e.status = 'LIVE'";

    /** A loan whose reassessment changed it. */
    record Update(ChunkLoan loan, Reassessment reassessment) {}

    private ExposureRows() {}

    static Map<Long, ChunkLoan> live(Connection c, long lo, long hi, Set<Long> wanted)
            throws SQLException {
        Map<Long, ChunkLoan> loans = new LinkedHashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, e.reference, e.borrower_id, e.principal, e.outstanding,"
                                + " e.currency, e.days_past_due, e.category, e.qualitative_floor,"
                                + " e.arrears_cleared_on, e.defaulted_at, e.specific_provision,"
                                + " e.general_provision, e.blind_lending, e.version,"
                                + " e.posted_overdue_since FROM loan_exposure e WHERE"
                                + LIVE_RANGE
                                + " ORDER BY e.id")) {
            range(ps, lo, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!wanted.contains(id)) {
                        continue;
                    }
                    String floor = rs.getString(9);
                    Date cleared = rs.getDate(10);
                    Date posted = rs.getDate(16);
                    Timestamp defaultedAt = rs.getTimestamp(11);
                    LocalDateTime defaulted =
                            defaultedAt == null ? null : defaultedAt.toLocalDateTime();
                    loans.put(
                            id,
                            new ChunkLoan(
                                    id,
                                    rs.getString(2),
                                    rs.getLong(3),
                                    rs.getBigDecimal(4),
                                    Money.of(
                                            rs.getBigDecimal(5),
                                            currency(rs.getString(2), rs.getString(6))),
                                    rs.getInt(7),
                                    LoanCategory.valueOf(rs.getString(8)),
                                    floor == null ? null : LoanCategory.valueOf(floor),
                                    cleared == null ? null : cleared.toLocalDate(),
                                    posted == null ? null : posted.toLocalDate(),
                                    defaulted == null ? null : defaulted.toInstant(ZoneOffset.UTC),
                                    rs.getBigDecimal(12),
                                    rs.getBigDecimal(13),
                                    rs.getBoolean(14),
                                    rs.getLong(15)));
                }
            }
        }
        return loans;
    }

    private static Currency currency(String reference, String code) {
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Loan "
                            + reference
                            + " has an unknown currency '"
                            + code.strip()
                            + "'; correct the loan and restart the run",
                    e);
        }
    }

    /**
     * Changed loans only, one JDBC batch; a loan changed since it was read fails the chunk, which
     * is retried.
     */
    static void update(Connection c, List<Update> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                        "UPDATE loan_exposure SET days_past_due = ?, category = ?,"
                            + " arrears_cleared_on = ?, defaulted_at = ?, specific_provision = ?,"
                            + " general_provision = ?, version = version + 1 WHERE id = ? AND"
                            + " version = ? AND status = 'LIVE'")) {
            for (Update u : updates) {
                Reassessment r = u.reassessment();
                ps.setInt(1, r.daysPastDue());
                ps.setString(2, r.category().name());
                if (r.arrearsClearedOn() == null) {
                    ps.setNull(3, Types.DATE);
                } else {
                    ps.setDate(3, Date.valueOf(r.arrearsClearedOn()));
                }
                if (r.defaultedAt() == null) {
                    ps.setNull(4, Types.TIMESTAMP);
                } else {
                    // instants are stored as UTC date-times (UtcInstantConverter)
                    ps.setTimestamp(
                            4,
                            Timestamp.valueOf(
                                    LocalDateTime.ofInstant(r.defaultedAt(), ZoneOffset.UTC)));
                }
                ps.setBigDecimal(5, r.specificProvision());
                ps.setBigDecimal(6, r.generalProvision());
                ps.setLong(7, u.loan().id());
                ps.setLong(8, u.loan().version());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new ConcurrentChangeException(
                            "Loan "
                                    + updates.get(i).loan().reference()
                                    + " changed during the nightly run; the chunk is retried");
                }
            }
        }
    }

    /** Binds the chunk's id range to the first two parameters. */
    static void range(PreparedStatement ps, long lo, long hi) throws SQLException {
        ps.setLong(1, lo);
        ps.setLong(2, hi);
    }
}
