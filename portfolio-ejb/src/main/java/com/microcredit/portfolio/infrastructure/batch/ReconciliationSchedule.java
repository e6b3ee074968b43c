package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.ReconciliationService;
import com.microcredit.portfolio.application.SettlementWatch;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scheduled reconciliation: an EJB persistent timer (stored in the database by Liberty's
 * persistent executor, so it survives restarts and fires once across servers sharing the database)
 * reconciles every reported day of the last {@code mcrc.reconciliation.lookback-days} days – late
 * transactions clear breaks, restated reports are rechecked. The schedule comes from configuration;
 * a changed schedule replaces the stored timer at start-up (ADR 0008). The same run checks the
 * settlement-flow coverage of every borrower with a live loan.
 */
@Singleton
@Startup
@DependsOn("platform-ejb.jar#SchemaMigrator")
@RunAs("SYSTEM") // the timer has no user; the coverage check raises warnings (ADR 0014)
public class ReconciliationSchedule {

    private static final Logger LOG = Logger.getLogger(ReconciliationSchedule.class.getName());
    private static final String INFO_PREFIX = "mcrc-reconciliation ";

    @Inject @BankZone private ZoneId bankZone;

    @Resource private TimerService timers;

    @EJB private ReconciliationService reconciliation;

    @EJB private SettlementWatch watch;

    @Inject
    @ConfigProperty(name = "mcrc.reconciliation.schedule.hour", defaultValue = "*")
    private String hour;

    @Inject
    @ConfigProperty(name = "mcrc.reconciliation.schedule.minute", defaultValue = "15")
    private String minute;

    @Inject
    @ConfigProperty(name = "mcrc.reconciliation.lookback-days", defaultValue = "7")
    private int lookbackDays;

    @PostConstruct
    void schedule() {
        String info = INFO_PREFIX + "hour=" + hour + " minute=" + minute + " zone=" + bankZone;
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
                            .hour(hour)
                            .minute(minute)
                            .second("0")
                            .timezone(bankZone.getId()),
                    new TimerConfig(info, true));
            LOG.info(() -> "Scheduled reconciliation: " + info);
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        LocalDate from = LocalDate.now(bankZone).minusDays(lookbackDays);
        int days = reconciliation.reconcileSince(from);
        int borrowers = watch.checkCoverage(LocalDate.now(bankZone));
        LOG.info(
                () ->
                        "Scheduled reconciliation: "
                                + days
                                + " account-days since "
                                + from
                                + "; settlement-flow"
                                + " coverage of "
                                + borrowers
                                + " borrowers with live loans checked");
    }
}
