package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.WarningSignalView;
import com.microcredit.portfolio.domain.indicator.Indicator;
import com.microcredit.portfolio.domain.warning.SignalLevel;
import com.microcredit.portfolio.domain.warning.WarningSignal;
import com.microcredit.shared.domain.FieldRefusal;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Raising early-warning signals, one at a time (listeners, pages) or a chunk at a time (the nightly
 * run), in the caller's transaction: a new indicator opens a signal, a repeated one is another
 * sighting of the open signal (escalated when its level rose). Every new signal and escalation is
 * announced ({@link WarningSignalRaised}, {@link WarningSignalsRaised}) and counted by level.
 */
@Dependent
class SignalRaising {

    private static final Metadata RAISED =
            Metadata.builder()
                    .withName("mcrc.warnings.raised")
                    .withDescription("Early-warning signals opened or escalated, by level")
                    .build();

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private Event<WarningSignalRaised> raised;

    @Inject private Event<WarningSignalsRaised> raisedTogether;

    /** New signals and escalations by level (Prometheus: mcrc_warnings_raised_total{level=...}). */
    @Inject private MetricRegistry metrics;

    @Inject private WarningSettings settings;

    /**
     * The open-key row lock makes concurrent raises of one indicator serialize on the existing
     * signal, and the unique key refuses a concurrent second insert.
     */
    WarningSignalView raise(RaiseWarning asked) {
        RaiseWarning w = scoped(asked);
        Instant now = clock.instant();
        try {
            SignalLevel level = SignalLevel.valueOf(w.level().name());
            String key = WarningSignal.openKey(w.borrowerId(), w.loanReference(), w.indicator());
            List<WarningSignal> open =
                    em.createQuery(
                                    "SELECT s FROM WarningSignal s WHERE s.openKey = :key",
                                    WarningSignal.class)
                            .setParameter("key", key)
                            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                            .getResultList();
            if (open.isEmpty()) {
                WarningSignal signal =
                        new WarningSignal(
                                w.borrowerId(),
                                w.loanReference(),
                                w.indicator(),
                                level,
                                w.evidence(),
                                w.source(),
                                now,
                                settings.today(clock),
                                settings.responseTimes());
                em.persist(signal);
                em.flush();
                WarningSignalView view = WarningViews.view(signal);
                raised.fire(new WarningSignalRaised(view, true, true));
                metrics.counter(RAISED, new Tag("level", view.level().name())).inc();
                return view;
            }
            WarningSignal signal = open.get(0);
            boolean escalated = signal.seenAgain(level, w.evidence(), now);
            if (escalated) {
                signal.tightenDueDate(settings.today(clock), settings.responseTimes());
            }
            WarningSignalView view = WarningViews.view(signal);
            raised.fire(new WarningSignalRaised(view, false, escalated));
            if (escalated) {
                metrics.counter(RAISED, new Tag("level", view.level().name())).inc();
            }
            return view;
        } catch (FieldRefusal e) {
            throw new ChangeRefusedException(e.field(), e.code(), e.arguments().toArray());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ChangeRefusedException(null, "WARNING_NOT_RAISED").because(e);
        }
    }

    /**
     * A borrower-level indicator raised with a loan (supply-chain contagion raises per loan) is
     * raised for the borrower: one open signal per borrower and cause (issue 26).
     */
    static RaiseWarning scoped(RaiseWarning w) {
        String loan = Indicator.subjectLoan(w.indicator(), w.loanReference());
        return Objects.equals(loan, w.loanReference())
                ? w
                : new RaiseWarning(
                        w.borrowerId(), loan, w.indicator(), w.level(), w.evidence(), w.source());
    }

    /** Raises, or sees again, many signals at once; returns how many were new. */
    int raiseAll(List<RaiseWarning> asked) {
        if (asked.isEmpty()) {
            return 0;
        }
        List<RaiseWarning> warnings = asked.stream().map(SignalRaising::scoped).toList();
        Instant now = clock.instant();
        LocalDate today = settings.today(clock);
        var times = settings.responseTimes();
        Map<String, WarningSignal> open = new HashMap<>();
        List<String> keys =
                warnings.stream()
                        .map(
                                w ->
                                        WarningSignal.openKey(
                                                w.borrowerId(), w.loanReference(), w.indicator()))
                        .distinct()
                        .toList();
        for (int from = 0; from < keys.size(); from += 500) {
            // no read lock: a chunk's keys are its own (one partition per loan and borrower); a
            // signal a
            // person changes meanwhile fails the chunk on its version, and the run is restarted
            em.createQuery(
                            "SELECT s FROM WarningSignal s WHERE s.openKey IN :keys",
                            WarningSignal.class)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + 500)))
                    .getResultList()
                    .forEach(s -> open.put(s.getOpenKey(), s));
        }
        List<WarningSignal> created = new ArrayList<>();
        List<WarningSignal> escalated = new ArrayList<>();
        try {
            for (RaiseWarning w : warnings) {
                SignalLevel level = SignalLevel.valueOf(w.level().name());
                String key =
                        WarningSignal.openKey(w.borrowerId(), w.loanReference(), w.indicator());
                WarningSignal signal = open.get(key);
                if (signal == null) {
                    signal =
                            new WarningSignal(
                                    w.borrowerId(),
                                    w.loanReference(),
                                    w.indicator(),
                                    level,
                                    w.evidence(),
                                    w.source(),
                                    now,
                                    today,
                                    times);
                    em.persist(signal);
                    open.put(key, signal);
                    created.add(signal);
                } else if (signal.seenAgain(level, w.evidence(), now)) {
                    signal.tightenDueDate(today, times);
                    escalated.add(signal);
                }
            }
        } catch (FieldRefusal e) {
            throw new ChangeRefusedException(e.field(), e.code(), e.arguments().toArray());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ChangeRefusedException(null, "WARNING_NOT_RAISED").because(e);
        }
        em.flush();
        List<WarningSignalRaised> events = new ArrayList<>(created.size() + escalated.size());
        created.forEach(s -> events.add(new WarningSignalRaised(WarningViews.view(s), true, true)));
        escalated.forEach(
                s -> events.add(new WarningSignalRaised(WarningViews.view(s), false, true)));
        if (!events.isEmpty()) {
            raisedTogether.fire(new WarningSignalsRaised(events));
            // as raise(): every new signal and every escalation counts once, by its level
            Map<String, Integer> byLevel = new HashMap<>();
            events.forEach(e -> byLevel.merge(e.signal().level().name(), 1, Integer::sum));
            byLevel.forEach((level, n) -> metrics.counter(RAISED, new Tag("level", level)).inc(n));
        }
        return created.size();
    }
}
