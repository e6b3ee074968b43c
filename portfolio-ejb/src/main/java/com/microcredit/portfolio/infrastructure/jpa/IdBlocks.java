package com.microcredit.portfolio.infrastructure.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Ids for rows written by plain SQL, from the same {@code id_generator} row the JPA table generator
 * uses, so ids never collide with entity ids. A block is taken the way EclipseLink takes one (add
 * the block size, read the new value, use the values below it) in a short local transaction on the
 * non-transactional sequence pool: it commits at once and never holds the business transaction.
 */
@ApplicationScoped
public class IdBlocks {

    private static final int BLOCK = 1000;

    @Resource(lookup = "jdbc/mcrcSequence")
    private DataSource sequencePool;

    private long next;
    private long last = -1;

    public synchronized long next() {
        if (next > last) {
            take();
        }
        return next++;
    }

    private void take() {
        try (Connection c = sequencePool.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement up =
                            c.prepareStatement(
                                    "UPDATE id_generator SET next_value = next_value + ? WHERE"
                                            + " entity_name = 'ids'");
                    PreparedStatement read =
                            c.prepareStatement(
                                    "SELECT next_value FROM id_generator WHERE entity_name ="
                                            + " 'ids'")) {
                up.setInt(1, BLOCK);
                if (up.executeUpdate() != 1) {
                    throw new IllegalStateException("id_generator has no 'ids' row");
                }
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    long top = rs.getLong(1);
                    c.commit();
                    next = top - BLOCK + 1;
                    last = top;
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot allocate ids", e);
        }
    }
}
