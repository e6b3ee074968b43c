package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.portfolio.domain.settlement.FlowCoverage;
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
import java.util.Set;

/**
 * The settlement flows of the chunk's loans: the borrowers' settlement accounts and declared
 * turnover through origination's read model {@code origination_settlement_holder} (V28_1), then the
 * portfolio's own ledger summed per account in one statement per {@value #IN_LIST} accounts.
 * Account numbers are encrypted at rest in the borrower register and the ledger alike (ADR 0011,
 * 0016): both hold the same keyed lookup hash, so nothing is decrypted.
 */
final class SettlementFlowReads {

    /** Accounts per IN list of the ledger query. */
    static final int IN_LIST = 500;

    /**
     * A loan's flows: credits into the account in the short coverage window ({@link
     * FlowCoverage#SHORT_WINDOW_DAYS} days to the business date), debits to prohibited industries
     * in the last 90 days, and the borrower's declared annual turnover (null when unknown).
     */
    record Flows(BigDecimal credits, BigDecimal prohibitedDebits, BigDecimal declaredTurnover) {}

    private SettlementFlowReads() {}

    static Map<Long, Flows> flows(
            Connection c, long lo, long hi, LocalDate asOf, Set<String> prohibited)
            throws SQLException {
        Map<String, List<Long>> loansByAccount = new HashMap<>();
        Map<String, BigDecimal> turnover = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT e.id, h.account_hash, h.declared_turnover FROM loan_exposure e"
                                + " JOIN origination_settlement_holder h ON h.borrower_id ="
                                + " e.borrower_id WHERE e.id BETWEEN ? AND ? AND e.status ="
                                + " 'LIVE'")) {
            ps.setLong(1, lo);
            ps.setLong(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String account = rs.getString(2);
                    loansByAccount
                            .computeIfAbsent(account, a -> new ArrayList<>())
                            .add(rs.getLong(1));
                    BigDecimal declared = rs.getBigDecimal(3);
                    if (declared != null) {
                        turnover.put(account, declared);
                    }
                }
            }
        }
        Map<Long, Flows> result = new HashMap<>();
        if (loansByAccount.isEmpty()) {
            return result;
        }
        StringBuilder industries = new StringBuilder("1 = 0");
        for (int i = 0; i < prohibited.size(); i++) {
            industries.append(" OR t.counterparty_industry LIKE ?");
        }
        List<String> accounts = new ArrayList<>(loansByAccount.keySet());
        for (int from = 0; from < accounts.size(); from += IN_LIST) {
            List<String> slice = accounts.subList(from, Math.min(accounts.size(), from + IN_LIST));
            try (PreparedStatement ps =
                    c.prepareStatement(
                            "SELECT t.account_hash, SUM(CASE WHEN t.direction = 'CREDIT' AND"
                                    + " t.value_date >= ? AND t.value_date <= ? THEN t.amount ELSE"
                                    + " 0 END), SUM(CASE WHEN t.direction = 'DEBIT' AND ("
                                    + industries
                                    + ") THEN t.amount ELSE 0 END) FROM settlement_transaction t"
                                    + " WHERE t.value_date >= ? AND t.account_hash IN ("
                                    + "?,".repeat(slice.size() - 1)
                                    + "?) GROUP BY t.account_hash")) {
                int p = 1;
                ps.setDate(
                        p++,
                        Date.valueOf(
                                FlowCoverage.windowStart(asOf, FlowCoverage.SHORT_WINDOW_DAYS)));
                ps.setDate(p++, Date.valueOf(asOf));
                for (String industry : prohibited) {
                    ps.setString(p++, industry + "%");
                }
                ps.setDate(p++, Date.valueOf(asOf.minusDays(90)));
                for (String account : slice) {
                    ps.setString(p++, account);
                }
                Map<String, BigDecimal[]> sums = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sums.put(
                                rs.getString(1),
                                new BigDecimal[] {
                                    orZero(rs.getBigDecimal(2)), orZero(rs.getBigDecimal(3))
                                });
                    }
                }
                for (String account : slice) {
                    BigDecimal[] s = sums.get(account);
                    Flows flows =
                            new Flows(
                                    s == null ? BigDecimal.ZERO : s[0],
                                    s == null ? BigDecimal.ZERO : s[1],
                                    turnover.get(account));
                    loansByAccount.get(account).forEach(loan -> result.put(loan, flows));
                }
            }
        }
        return result;
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
