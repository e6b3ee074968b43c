package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.portfolio.application.PortfolioSettings;
import com.microcredit.portfolio.application.WarningSettings;
import com.microcredit.portfolio.domain.classification.ClassificationPolicy;
import com.microcredit.portfolio.domain.classification.ProvisionRates;
import com.microcredit.portfolio.domain.exposure.DaysPastDue;
import com.microcredit.portfolio.domain.exposure.Reassessment;
import com.microcredit.portfolio.domain.indicator.IndicatorReading;
import com.microcredit.portfolio.domain.indicator.IndicatorRules;
import com.microcredit.portfolio.domain.indicator.LoanFigures;
import com.microcredit.portfolio.infrastructure.batch.InstalmentReads.Due;
import com.microcredit.portfolio.infrastructure.batch.InstalmentReads.Unpaid;
import com.microcredit.portfolio.infrastructure.batch.MonitoringReads.AlternativeFigures;
import com.microcredit.portfolio.infrastructure.batch.NightlyPhaseTimes.Phase;
import com.microcredit.portfolio.infrastructure.batch.ReminderRows.Reminder;
import com.microcredit.portfolio.infrastructure.batch.SettlementFlowReads.Flows;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * One chunk of the nightly run, inside the chunk's transaction: a handful of set-based reads for
 * the chunk's id range – the loans ({@link ExposureRows}, with core banking's posted arrears),
 * their unpaid instalments ({@link InstalmentReads}; days past due are the worse of the two, {@link
 * DaysPastDue}), hub, group and consented alternative data ({@link MonitoringReads}) and settlement
 * flows ({@link SettlementFlowReads}), other contexts' tables only through their read models – the
 * domain rules per loan in memory ({@link LoanIndicators}), then batched writes (changed loans
 * only, new reminders {@link ReminderRows}, the partition's counters {@link PartitionCounters}).
 * Signals go through {@link EarlyWarningService#raiseAll} so they are never duplicated.
 */
@Dependent
public class NightlyChunk {

    static final String SOURCE = "nightly-run";

    @Resource(lookup = "jdbc/mcrc")
    private DataSource dataSource;

    @EJB private EarlyWarningService warnings;

    @EJB private LoanBookService loanBook;

    @Inject private PortfolioSettings portfolioSettings;

    @Inject private WarningSettings settings;

    @Inject private NightlyPhaseTimes times;

    /** What one chunk did, added to its partition's counters. */
    record Counts(
            long loans,
            long overdue,
            long reclassified,
            long newDefaults,
            long signals,
            long reminders) {}

    public Counts process(
            long runId, int partitionNo, long firstId, long lastId, LocalDate asOf, List<Long> ids)
            throws SQLException {
        if (ids.isEmpty()) {
            return new Counts(0, 0, 0, 0, 0, 0);
        }
        long lo = ids.get(0);
        long hi = ids.get(ids.size() - 1);
        Instant now = Instant.now();
        ClassificationPolicy policy = portfolioSettings.classificationPolicy();
        ProvisionRates rates = portfolioSettings.provisionRates();
        IndicatorRules rules = settings.indicatorRules();
        Set<String> prohibited = settings.prohibitedIndustries();
        Clock clock = new Clock(runId);
        try (Connection c = dataSource.getConnection()) {
            Map<Long, ChunkLoan> loans = ExposureRows.live(c, lo, hi, new HashSet<>(ids));
            clock.lap(Phase.READ_LOANS);
            Unpaid unpaid = InstalmentReads.unpaid(c, lo, hi, asOf, asOf.plusDays(30));
            clock.lap(Phase.READ_INSTALMENTS);
            Map<Long, Integer> hub = MonitoringReads.hubHealth(c, lo, hi);
            Map<Long, Integer> group = MonitoringReads.groupDefaults(c, lo, hi);
            clock.lap(Phase.READ_HUB_GROUP);
            Map<Long, AlternativeFigures> data = MonitoringReads.alternativeData(c, lo, hi, asOf);
            clock.lap(Phase.READ_ALTERNATIVE_DATA);
            Map<Long, Flows> flows = SettlementFlowReads.flows(c, lo, hi, asOf, prohibited);
            clock.lap(Phase.READ_SETTLEMENT);

            List<ExposureRows.Update> updates = new ArrayList<>();
            List<ChunkLoan> blindDefaults = new ArrayList<>();
            List<RaiseWarning> raises = new ArrayList<>();
            List<Reminder> reminders = new ArrayList<>();
            long overdue = 0;
            long reclassified = 0;
            long defaults = 0;
            Set<String> raisedKeys = new HashSet<>();
            LocalDate remindUntil = asOf.plusDays(settings.reminderDaysBefore());
            for (ChunkLoan loan : loans.values()) {
                // the worse of the schedule and core banking's posted arrears (ADR 0028): a loan
                // whose arrears this run cannot see in a schedule keeps them
                LocalDate oldestUnpaid = unpaid.oldestOf(loan.id());
                LocalDate overdueSince =
                        DaysPastDue.worseOf(oldestUnpaid, loan.postedOverdueSince());
                int dpd = Reassessment.daysPastDue(asOf, overdueSince);
                Reassessment r = Reassessment.of(loan.before(), dpd, asOf, policy, rates, now);
                if (dpd > 0) {
                    overdue++;
                }
                if (r.category() != loan.category()) {
                    reclassified++;
                }
                if (r.newDefault()) {
                    defaults++;
                }
                if (r.newDefault() && loan.blind()) {
                    blindDefaults.add(loan);
                } else if (r.changes(
                        loan.before(), loan.specificProvision(), loan.generalProvision())) {
                    updates.add(new ExposureRows.Update(loan, r));
                }
                LoanFigures figures =
                        LoanIndicators.figures(
                                loan,
                                dpd,
                                oldestUnpaid,
                                overdueSince,
                                hub.get(loan.id()),
                                group.get(loan.id()),
                                data.get(loan.id()),
                                flows.get(loan.id()),
                                prohibited);
                for (IndicatorReading reading : rules.evaluate(figures)) {
                    String loanRef =
                            LoanIndicators.loanLevel(reading.indicator()) ? loan.reference() : null;
                    if (raisedKeys.add(
                            loan.borrowerId() + "|" + loanRef + "|" + reading.indicator())) {
                        raises.add(
                                new RaiseWarning(
                                        loan.borrowerId(),
                                        loanRef,
                                        reading.indicator().name(),
                                        WarningLevel.valueOf(reading.level().name()),
                                        reading.evidence(),
                                        SOURCE));
                    }
                }
                for (Due d : unpaid.dueSoonOf(loan.id())) {
                    if (!d.dueDate().isBefore(asOf) && !d.dueDate().isAfter(remindUntil)) {
                        reminders.add(new Reminder(loan, d));
                    }
                }
            }
            clock.lap(Phase.RULES);
            ExposureRows.update(c, updates);
            for (ChunkLoan loan : blindDefaults) {
                // the first default of a blind loan feeds the programme's stop rule
                // (LoanBookService); core banking's posted arrears stay as posted
                loanBook.reassessDaysPastDue(
                        loan.reference(),
                        DaysPastDue.asOf(
                                asOf, unpaid.oldestOf(loan.id()), loan.postedOverdueSince()),
                        asOf);
            }
            clock.lap(Phase.WRITE_LOANS);
            long newSignals = warnings.raiseAll(raises);
            clock.lap(Phase.SIGNALS);
            long newReminders = ReminderRows.insert(c, lo, hi, asOf, runId, reminders);
            clock.lap(Phase.REMINDERS);
            Counts counts =
                    new Counts(
                            loans.size(),
                            overdue,
                            reclassified,
                            defaults,
                            newSignals,
                            newReminders);
            PartitionCounters.add(c, runId, partitionNo, firstId, lastId, counts);
            clock.lap(Phase.COUNTERS);
            return counts;
        }
    }

    /** Times the phases of one chunk into the run's {@link NightlyPhaseTimes}. */
    private final class Clock {
        private final long runId;
        private long last = System.nanoTime();

        Clock(long runId) {
            this.runId = runId;
        }

        void lap(Phase phase) {
            long now = System.nanoTime();
            times.add(runId, phase, now - last);
            last = now;
        }
    }
}
