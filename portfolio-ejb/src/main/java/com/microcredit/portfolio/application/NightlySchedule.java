package com.microcredit.portfolio.application;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The persistent daily schedule of the nightly run: an automatic persistent EJB timer (stored in
 * the database by enterpriseBeansPersistentTimer, so it survives restarts and a missed firing is
 * caught up once) at 01:30 in the bank's zone. With several servers on one database the business
 * date's unique schedule key lets only the first firing start a run; the others find it and do
 * nothing.
 */
@Singleton
@RunAs("SYSTEM") // the timer fires without a user; the run starts as the system identity (ADR 0014)
public class NightlySchedule {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());

    @EJB private NightlyRunServiceBean service;

    @Inject private WarningSettings settings;

    @Schedule(
            hour = "1",
            minute = "30",
            timezone = "Asia/Shanghai",
            persistent = true,
            info = "nightly-portfolio")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        LocalDate businessDate = settings.today(Clock.systemUTC());
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
