package com.microcredit.cluster;

import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.WarningLevel;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;
import java.util.Date;

/**
 * A persistent EJB timer created on one server of the pair (test only). Its expiration raises a
 * warning on a borrower id of the test's choosing, so the signal's sightings count how many times
 * the timer fired across both servers.
 */
@Singleton
public class ClusterTimers {

    @Resource
    private TimerService timers;

    @EJB
    private EarlyWarningService warnings;

    /** A persistent single-action timer due after the delay; info = the borrower id to warn. */
    public void schedule(long borrowerId, Duration delay) {
        timers.createSingleActionTimer(new Date(System.currentTimeMillis() + delay.toMillis()),
                new TimerConfig(borrowerId, true));
    }

    @Timeout
    void fire(Timer timer) {
        warnings.raise(new RaiseWarning((Long) timer.getInfo(), null, "CLUSTER_TIMER", WarningLevel.GREEN,
                "persistent timer fired on the server at https port " + System.getenv("HTTPS_PORT"), "two-server test"));
    }
}
