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
import java.util.HashMap;
import java.util.Map;

/**
 * What other contexts know about the chunk's borrowers, each read once per chunk through the read
 * model of the context that owns it (views, V28_1): the hub's health (supply chain's {@code
 * supplychain_hub_status}), defaults in the borrower's groups (origination's {@code
 * origination_group_peer}) and alternative data under a monitoring consent (origination's {@code
 * origination_alternative_figure} and {@code origination_monitoring_consent}).
 */
final class MonitoringReads {

    /**
     * Tax paid and electricity use of the last three full months and of the three before, and the
     * new court or bureau records of the last three; null where no consented figure was seen.
     */
    record AlternativeFigures(
            BigDecimal taxRecent,
            BigDecimal taxBefore,
            BigDecimal kwhRecent,
            BigDecimal kwhBefore,
            BigDecimal records) {}

    /** The sums of one loan while its rows are read. */
    private static final class Sums {
        private BigDecimal taxRecent;
        private BigDecimal taxBefore;
        private BigDecimal kwhRecent;
        private BigDecimal kwhBefore;
        private BigDecimal records = BigDecimal.ZERO;

        void add(String source, boolean recent, BigDecimal amount) {
            switch (source) {
                case "TAX" -> {
                    if (recent) {
                        taxRecent = plus(taxRecent, amount);
                    } else {
                        taxBefore = plus(taxBefore, amount);
                    }
                }
                case "ELECTRICITY" -> {
                    if (recent) {
                        kwhRecent = plus(kwhRecent, amount);
                    } else {
                        kwhBefore = plus(kwhBefore, amount);
                    }
                }
                default -> {
                    if (recent && amount.signum() > 0) {
                        records = records.add(BigDecimal.ONE);
                    }
                }
            }
        }

        AlternativeFigures figures() {
            return new AlternativeFigures(taxRecent, taxBefore, kwhRecent, kwhBefore, records);
        }

        private static BigDecimal plus(BigDecimal sum, BigDecimal amount) {
            return sum == null ? amount : sum.add(amount);
        }
    }

    private MonitoringReads() {}

    /** 1 for a hub on watch, 2 for a distressed hub; loans of normal hubs are absent. */
    static Map<Long, Integer> hubHealth(Connection c, long lo, long hi) throws SQLException {
        Map<Long, Integer> result = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, h.status FROM loan_exposure e"
                                + " JOIN supplychain_hub_status h ON h.hub_id = e.hub_id WHERE"
                                + LIVE_RANGE
                                + " AND h.status <> 'NORMAL'")) {
            range(ps, lo, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), "DISTRESSED".equals(rs.getString(2)) ? 2 : 1);
                }
            }
        }
        return result;
    }

    /** Other members of the borrower's groups with a live non-performing loan. */
    static Map<Long, Integer> groupDefaults(Connection c, long lo, long hi) throws SQLException {
        Map<Long, Integer> result = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, COUNT(DISTINCT p.peer_borrower_id) FROM loan_exposure e"
                                + " JOIN origination_group_peer p ON p.borrower_id ="
                                + " e.borrower_id JOIN loan_exposure oe ON oe.borrower_id ="
                                + " p.peer_borrower_id AND oe.status = 'LIVE' AND oe.category IN"
                                + " ('SUBSTANDARD', 'DOUBTFUL', 'LOSS') WHERE"
                                + LIVE_RANGE
                                + " GROUP BY e.id")) {
            range(ps, lo, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return result;
    }

    /**
     * Tax paid and electricity use of the last three full months against the three before, and new
     * court or bureau records of the last three months, read only where the borrower's consent for
     * post-loan monitoring covers the source (no consent: no figure, nothing fires).
     */
    static Map<Long, AlternativeFigures> alternativeData(
            Connection c, long lo, long hi, LocalDate asOf) throws SQLException {
        LocalDate thisMonth = asOf.withDayOfMonth(1);
        LocalDate recentFrom = thisMonth.minusMonths(3);
        LocalDate beforeFrom = thisMonth.minusMonths(6);
        Map<Long, Sums> sums = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, d.source, d.metric, d.period, d.amount FROM loan_exposure e"
                                + " JOIN origination_alternative_figure d ON d.borrower_id ="
                                + " e.borrower_id WHERE"
                                + LIVE_RANGE
                                + " AND d.period >= ? AND d.period < ? AND ((d.source = 'TAX' AND"
                                + " d.metric = 'PAID') OR (d.source = 'ELECTRICITY' AND d.metric ="
                                + " 'KWH') OR (d.source = 'COURTS' AND d.metric = 'JUDGMENT')"
                                + " OR (d.source = 'CREDIT_REPORT' AND d.metric = 'PAST_DUE_NOW'))"
                                + " AND EXISTS (SELECT 1 FROM origination_monitoring_consent k"
                                + " WHERE k.borrower_id = e.borrower_id AND k.source = d.source"
                                + " AND k.expires_on >= ?)")) {
            range(ps, lo, hi);
            ps.setDate(3, Date.valueOf(beforeFrom));
            ps.setDate(4, Date.valueOf(thisMonth));
            ps.setDate(5, Date.valueOf(asOf));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean recent = !rs.getDate(4).toLocalDate().isBefore(recentFrom);
                    sums.computeIfAbsent(rs.getLong(1), k -> new Sums())
                            .add(rs.getString(2), recent, rs.getBigDecimal(5));
                }
            }
        }
        Map<Long, AlternativeFigures> result = new HashMap<>();
        sums.forEach((loan, s) -> result.put(loan, s.figures()));
        return result;
    }
}
