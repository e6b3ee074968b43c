package com.microcredit.it;

import com.microcredit.benchmark.LoanBookGenerator;
import com.microcredit.benchmark.LoanBookGenerator.GeneratedLoan;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.persistence.FieldCipher;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs inside the test module: writes a generated book and reads what the nightly run left, each in
 * its own transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NightlyFixture {

    @Resource(lookup = "jdbc/mcrc")
    private DataSource dataSource;

    @Inject private FieldCipher cipher;

    @Inject private LookupHasher hasher;

    public List<GeneratedLoan> generate(int loans, LocalDate asOf, long seed, long idBase)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return new LoanBookGenerator(asOf, seed, idBase, cipher, hasher)
                    .generate(c, loans, false);
        }
    }

    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** The rows of a query, each as an array of its columns. */
    public List<Object[]> rows(String sql, Object... parameters) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    public long count(String sql, Object... parameters) throws SQLException {
        return ((Number) rows(sql, parameters).get(0)[0]).longValue();
    }
}
