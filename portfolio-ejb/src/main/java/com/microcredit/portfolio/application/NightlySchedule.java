package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The persistent daily schedule of the nightly run: an EJB persistent timer (stored in the database
 * by enterpriseBeansPersistentTimer, so it survives restarts and a missed firing is caught up once)
 * at 01:30 in the bank's zone ({@code mcrc.bank.zone}, the platform's one setting). Created at
 * start-up when it is not stored yet; a timer stored for another zone (or the automatic timer of
 * earlier versions, info {@code nightly-portfolio}) is replaced. With several servers on one
 * database the business date's unique schedule key lets only the first firing start a run; the
 * others find it and do nothing.
 */
@Singleton
@Startup
@DependsOn("platform-ejb.jar#SchemaMigrator")
@RunAs("SYSTEM") // the timer fires without a user; the run starts as the system identity (ADR 0014)
public class NightlySchedule {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());
    private static final String INFO_PREFIX = "nightly-portfolio";

    @Inject @BankZone private ZoneId bankZone;

    @Inject @BankZone private Clock clock;

    @Resource private TimerService timers;

    @EJB private NightlyRunServiceBean service;

    @Inject private WarningSettings settings;

    @PostConstruct
    void schedule() {
        String info = INFO_PREFIX + " 01:30 zone=" + bankZone.getId();
        boolean present = false;
        for (Timer t : timers.getTimers()) {
            if (info.equals(t.getInfo())) {
                present = true;
            } else if (t.getInfo() instanceof String s && s.startsWith(INFO_PREFIX)) {
                t.cancel();
            }
        }
        if (!present) {
            timers.createCalendarTimer(
                    new ScheduleExpression()
                            .hour("1")
                            .minute("30")
                            .second("0")
                            .timezone(bankZone.getId()),
                    new TimerConfig(info, true));
            LOG.info(() -> "Scheduled the nightly run: " + info);
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly(Timer timer) {
        LocalDate businessDate = settings.today(clock);
        try {
            service.startScheduled(businessDate)
                    .ifPresentOrElse(
                            run ->
                                    LOG.info(
                                            () ->
                                                    "Scheduled nightly run "
                                                            + run.id()
                                                            + " for "
                                                            + businessDate
                                                            + " started"),
                            () ->
                                    LOG.info(
                                            () ->
                                                    "Nightly run for "
                                                            + businessDate
                                                            + " already started by another"
                                                            + " firing"));
        } catch (RuntimeException e) {
            // a concurrent server inserted the same schedule key first: that server runs the day
            LOG.log(
                    Level.WARNING,
                    "Scheduled nightly run for " + businessDate + " not started here: " + e,
                    e);
        }
    }
}
