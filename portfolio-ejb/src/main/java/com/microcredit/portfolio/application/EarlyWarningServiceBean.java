package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.portfolio.api.WarningSignalView;
import com.microcredit.portfolio.domain.warning.SignalLevel;
import com.microcredit.portfolio.domain.warning.SignalStatus;
import com.microcredit.portfolio.domain.warning.WarningSignal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

@Stateless
@RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR", "ADMIN"})
public class EarlyWarningServiceBean implements EarlyWarningService {

    private static final int MAX_LIST = 1000;
    private static final Metadata RAISED = Metadata.builder().withName("mcrc.warnings.raised")
            .withDescription("Early-warning signals opened or escalated, by level").build();

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject
    private Event<WarningSignalRaised> raised;

    /** New signals and escalations by level (Prometheus: mcrc_warnings_raised_total{level=...}). */
    @Inject
    private MetricRegistry metrics;

    @Resource
    private SessionContext context;

    /**
     * Raised by processes (message listeners, the nightly run, a hub downgrade by a risk manager),
     * hence open to every caller; the open-key row lock makes concurrent raises of one indicator
     * serialize on the existing signal, and the unique key refuses a concurrent second insert.
     */
    @Override
    @PermitAll
    public WarningSignalView raise(RaiseWarning w) {
        Instant now = clock.instant();
        try {
            SignalLevel level = SignalLevel.valueOf(w.level().name());
            String key = WarningSignal.openKey(w.borrowerId(), w.loanReference(), w.indicator());
            List<WarningSignal> open = em.createQuery("SELECT s FROM WarningSignal s WHERE s.openKey = :key",
                    WarningSignal.class).setParameter("key", key).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            if (open.isEmpty()) {
                WarningSignal signal = new WarningSignal(w.borrowerId(), w.loanReference(), w.indicator(), level,
                        w.evidence(), w.source(), now);
                em.persist(signal);
                em.flush();
                WarningSignalView view = view(signal);
                raised.fire(new WarningSignalRaised(view, true, true));
                metrics.counter(RAISED, new Tag("level", view.level().name())).inc();
                return view;
            }
            WarningSignal signal = open.get(0);
            boolean escalated = signal.seenAgain(level, w.evidence(), now);
            WarningSignalView view = view(signal);
            raised.fire(new WarningSignalRaised(view, false, escalated));
            if (escalated) {
                metrics.counter(RAISED, new Tag("level", view.level().name())).inc();
            }
            return view;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ChangeRefusedException("Warning not raised: " + e.getMessage());
        }
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER"})
    public WarningSignalView close(long signalId, String note) {
        WarningSignal signal = em.find(WarningSignal.class, signalId, LockModeType.PESSIMISTIC_WRITE);
        if (signal == null) {
            throw new ChangeRefusedException("No warning signal " + signalId);
        }
        try {
            signal.close(context.getCallerPrincipal().getName(), note, clock.instant());
            return view(signal);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChangeRefusedException(e.getMessage());
        }
    }

    @Override
    public List<WarningSignalView> openSignals(int limit) {
        int wanted = Math.max(1, Math.min(limit, MAX_LIST));
        List<WarningSignalView> result = new ArrayList<>();
        SignalLevel[] levels = SignalLevel.values();
        for (int i = levels.length - 1; i >= 0 && result.size() < wanted; i--) {
            em.createQuery("SELECT s FROM WarningSignal s WHERE s.status <> :closed AND s.level = :level "
                    + "ORDER BY s.raisedAt DESC, s.id DESC", WarningSignal.class)
                    .setParameter("closed", SignalStatus.CLOSED).setParameter("level", levels[i])
                    .setMaxResults(wanted - result.size()).getResultList()
                    .forEach(s -> result.add(view(s)));
        }
        return result;
    }

    /** Part of the borrower view, which checks the caller's role for the borrower's data itself. */
    @Override
    @PermitAll
    public List<WarningSignalView> signalsOf(Collection<Long> borrowerIds) {
        if (borrowerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM WarningSignal s WHERE s.borrowerId IN :ids "
                + "ORDER BY s.raisedAt DESC, s.id DESC", WarningSignal.class)
                .setParameter("ids", borrowerIds).setMaxResults(MAX_LIST).getResultList().stream()
                .sorted((a, b) -> Boolean.compare(a.getStatus().isClosed(), b.getStatus().isClosed()))
                .map(EarlyWarningServiceBean::view).toList();
    }

    static WarningSignalView view(WarningSignal s) {
        return new WarningSignalView(s.getId(), s.getBorrowerId(), s.getLoanReference(), s.getIndicator(),
                WarningLevel.valueOf(s.getLevel().name()), s.getEvidence(), s.getSource(), s.getStatus().name(),
                s.getRaisedAt(), s.getLastSeenAt(), s.getSightings(), s.getClosedAt(), s.getClosedBy(),
                s.getClosingNote());
    }
}
