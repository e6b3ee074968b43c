package com.microcredit.cluster;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import javax.sql.DataSource;

/**
 * Test-only persistent timer of the two-server test (never shipped): stored in the shared timer
 * store like the real schedules, so when the server that created it dies before it is due, another
 * server must run it. Each firing writes one row (marker, member, time) in the firing's
 * transaction, so a timer run twice shows as two rows.
 */
@Singleton
public class ProbeTimer {

    static final String TABLE = "cluster_probe_firing";

    @Resource private TimerService timers;

    @Resource(lookup = "jdbc/mcrc")
    private DataSource dataSource;

    /** A persistent single-action timer carrying {@code marker}, due at {@code due}. */
    public void schedule(String marker, Instant due) {
        timers.createSingleActionTimer(Date.from(due), new TimerConfig(marker, true));
    }

    /** A failed insert rolls the firing back (EJBException), so the timer is retried, not lost. */
    @Timeout
    void fire(Timer timer) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert =
                        c.prepareStatement(
                                "INSERT INTO "
                                        + TABLE
                                        + " (marker, server_name, fired_at) VALUES (?, ?, ?)")) {
            insert.setString(1, (String) timer.getInfo());
            insert.setString(2, member());
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new EJBException(
                    "probe timer " + timer.getInfo() + " could not record its firing", e);
        }
    }

    /** The member name the two-server test gives each server (server.env). */
    static String member() {
        String name = System.getenv("MCRC_CLUSTER_MEMBER");
        return name == null ? "unknown" : name;
    }
}
