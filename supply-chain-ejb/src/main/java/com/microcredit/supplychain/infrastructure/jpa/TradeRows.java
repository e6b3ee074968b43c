package com.microcredit.supplychain.infrastructure.jpa;

import com.microcredit.supplychain.application.TradeRowWriter;
import com.microcredit.supplychain.domain.trade.ValidTrade;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes the validated rows of a trade file with plain JDBC batches on the container's data source,
 * so they join the caller's JTA transaction (all rows or none) without an entity per row. Ids come
 * from the same {@code id_generator} row as every entity's (table generator "ids"): one block of
 * the file's size is taken in a short transaction of its own on the sequence data source, exactly
 * as EclipseLink takes its blocks of 200 (add, read back, commit), so the ranges never overlap.
 */
@Dependent
public class TradeRows implements TradeRowWriter {

    private static final int BATCH = 1_000;
    private static final String INSERT =
            "insert into trade_record (id, hub_id, borrower_id, kind, document_number, trade_date,"
                    + " amount, currency, hub_confirmed) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "jdbc/mcrc")
    private DataSource dataSource;

    @Resource(lookup = "jdbc/mcrcSequence")
    private DataSource sequence;

    @Override
    public int insert(long hubId, List<ValidTrade> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        long id = reserveIds(rows.size());
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(INSERT)) {
            int n = 0;
            for (ValidTrade t : rows) {
                insert.setLong(1, id++);
                insert.setLong(2, hubId);
                insert.setLong(3, t.borrowerId());
                insert.setString(4, t.kind().name());
                insert.setString(5, t.documentNumber());
                insert.setDate(6, Date.valueOf(t.tradeDate()));
                insert.setBigDecimal(7, t.amount());
                insert.setString(8, t.currency());
                insert.setBoolean(9, t.hubConfirmed());
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            return n;
        } catch (SQLException e) {
            throw new PersistenceException("Trade rows could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * The first of {@code count} consecutive ids, taken from id_generator in a committed
     * transaction of its own.
     */
    long reserveIds(int count) {
        try (Connection c = sequence.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement add =
                            c.prepareStatement(
                                    "update id_generator set next_value = next_value + ? where"
                                            + " entity_name = 'ids'");
                    PreparedStatement read =
                            c.prepareStatement(
                                    "select next_value from id_generator where entity_name ="
                                            + " 'ids'")) {
                add.setLong(1, count);
                if (add.executeUpdate() != 1) {
                    throw new PersistenceException("No id generator row 'ids'");
                }
                long last;
                try (ResultSet r = read.executeQuery()) {
                    r.next();
                    last = r.getLong(1);
                }
                c.commit();
                return last - count + 1;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException(
                    "Ids for trade rows could not be reserved: " + e.getMessage(), e);
        }
    }
}
