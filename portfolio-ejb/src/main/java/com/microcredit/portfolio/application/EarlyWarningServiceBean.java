package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.CollectionCase;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.ReminderView;
import com.microcredit.portfolio.api.SignalActionView;
import com.microcredit.portfolio.api.SignalCaseView;
import com.microcredit.portfolio.api.TakeAction;
import com.microcredit.portfolio.api.WarningAction;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.portfolio.api.WarningSignalView;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.portfolio.domain.warning.ActionKind;
import com.microcredit.portfolio.domain.warning.OwnerRole;
import com.microcredit.portfolio.domain.warning.SignalAction;
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
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

@Stateless
@RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR", "ADMIN"})
public class EarlyWarningServiceBean implements EarlyWarningService {

    private static final int MAX_LIST = 1000;
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

    @Resource private SessionContext context;

    @Inject private WarningSettings settings;

    @Inject private LimitStore limits;

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
                WarningSignalView view = view(signal);
                raised.fire(new WarningSignalRaised(view, true, true));
                metrics.counter(RAISED, new Tag("level", view.level().name())).inc();
                return view;
            }
            WarningSignal signal = open.get(0);
            boolean escalated = signal.seenAgain(level, w.evidence(), now);
            if (escalated) {
                signal.tightenDueDate(settings.today(clock), settings.responseTimes());
            }
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

    /** Raised by processes (the nightly run), hence open to every caller. */
    @Override
    @PermitAll
    public int raiseAll(List<RaiseWarning> warnings) {
        if (warnings.isEmpty()) {
            return 0;
        }
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
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ChangeRefusedException("Warnings not raised: " + e.getMessage());
        }
        em.flush();
        List<WarningSignalRaised> events = new ArrayList<>(created.size() + escalated.size());
        created.forEach(s -> events.add(new WarningSignalRaised(view(s), true, true)));
        escalated.forEach(s -> events.add(new WarningSignalRaised(view(s), false, true)));
        if (!events.isEmpty()) {
            raisedTogether.fire(new WarningSignalsRaised(events));
            // as raise(): every new signal and every escalation counts once, by its level
            Map<String, Integer> byLevel = new HashMap<>();
            events.forEach(e -> byLevel.merge(e.signal().level().name(), 1, Integer::sum));
            byLevel.forEach((level, n) -> metrics.counter(RAISED, new Tag("level", level)).inc(n));
        }
        return created.size();
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER"})
    public WarningSignalView close(long signalId, String note) {
        WarningSignal signal =
                em.find(WarningSignal.class, signalId, LockModeType.PESSIMISTIC_WRITE);
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
            em.createQuery(
                            "SELECT s FROM WarningSignal s WHERE s.status <> :closed AND s.level ="
                                    + " :level ORDER BY s.raisedAt DESC, s.id DESC",
                            WarningSignal.class)
                    .setParameter("closed", SignalStatus.CLOSED)
                    .setParameter("level", levels[i])
                    .setMaxResults(wanted - result.size())
                    .getResultList()
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
        return em
                .createQuery(
                        "SELECT s FROM WarningSignal s WHERE s.borrowerId IN :ids "
                                + "ORDER BY s.raisedAt DESC, s.id DESC",
                        WarningSignal.class)
                .setParameter("ids", borrowerIds)
                .setMaxResults(MAX_LIST)
                .getResultList()
                .stream()
                .sorted(
                        (a, b) ->
                                Boolean.compare(a.getStatus().isClosed(), b.getStatus().isClosed()))
                .map(EarlyWarningServiceBean::view)
                .toList();
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER"})
    public SignalCaseView acknowledge(long signalId) {
        WarningSignal signal = lockSignal(signalId);
        requireRole(signal.getOwnerRole());
        try {
            signal.acknowledge(caller(), clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChangeRefusedException(e.getMessage());
        }
        return caseOf(signal, true);
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER"})
    public SignalCaseView act(TakeAction a) {
        if (a == null || a.action() == null) {
            throw new ChangeRefusedException("Choose an action");
        }
        WarningSignal signal = lockSignal(a.signalId());
        if (a.action() == WarningAction.FREEZE_UNDRAWN
                && !context.isCallerInRole("CREDIT_OFFICER")
                && !context.isCallerInRole("RISK_MANAGER")) {
            throw new ChangeRefusedException(
                    "Freezing undrawn limits is for a credit officer or a risk manager");
        }
        try {
            SignalAction action =
                    signal.act(
                            ActionKind.valueOf(a.action().name()),
                            a.note(),
                            caller(),
                            clock.instant(),
                            settings.today(clock),
                            a.dueOn());
            em.persist(action);
            if (a.action() == WarningAction.FREEZE_UNDRAWN) {
                freezeBorrowerLimit(signal, a.note());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChangeRefusedException(e.getMessage());
        }
        return caseOf(signal, true);
    }

    /**
     * The borrower limit stops new drawings (releases continue) until a risk manager unblocks it.
     */
    private void freezeBorrowerLimit(WarningSignal signal, String note) {
        var limit =
                limits.find(LimitDimension.BORROWER, String.valueOf(signal.getBorrowerId()))
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "Borrower "
                                                        + signal.getBorrowerId()
                                                        + " has no borrower limit to freeze"));
        limits.block(
                limit.getId(),
                "undrawn limit frozen on warning "
                        + signal.getId()
                        + " ("
                        + signal.getIndicator()
                        + "): "
                        + note.strip());
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER"})
    public SignalCaseView completeAction(long actionId) {
        SignalAction action = em.find(SignalAction.class, actionId, LockModeType.PESSIMISTIC_WRITE);
        if (action == null) {
            throw new ChangeRefusedException("No action " + actionId);
        }
        try {
            action.complete(caller(), clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChangeRefusedException(e.getMessage());
        }
        return caseOf(em.find(WarningSignal.class, action.getSignalId()), true);
    }

    @Override
    public SignalCaseView detail(long signalId) {
        WarningSignal signal = em.find(WarningSignal.class, signalId);
        if (signal == null) {
            throw new ChangeRefusedException("No warning signal " + signalId);
        }
        return caseOf(signal, true);
    }

    @Override
    public List<SignalCaseView> queue(
            String ownerRole, String owner, WarningLevel level, int limit) {
        StringBuilder jpql =
                new StringBuilder("SELECT s FROM WarningSignal s WHERE s.status <> :closed");
        if (ownerRole != null && !ownerRole.isBlank()) {
            jpql.append(" AND s.ownerRole = :role");
        }
        if (owner != null && !owner.isBlank()) {
            jpql.append(" AND s.owner = :owner");
        }
        if (level != null) {
            jpql.append(" AND s.level = :level");
        }
        jpql.append(" ORDER BY s.dueOn ASC, s.id ASC");
        var query =
                em.createQuery(jpql.toString(), WarningSignal.class)
                        .setParameter("closed", SignalStatus.CLOSED)
                        .setMaxResults(Math.max(1, Math.min(limit, MAX_LIST)));
        try {
            if (ownerRole != null && !ownerRole.isBlank()) {
                query.setParameter("role", OwnerRole.valueOf(ownerRole));
            }
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException("No owner role " + ownerRole);
        }
        if (owner != null && !owner.isBlank()) {
            query.setParameter("owner", owner);
        }
        if (level != null) {
            query.setParameter("level", SignalLevel.valueOf(level.name()));
        }
        return query.getResultList().stream()
                .sorted((a, b) -> b.getLevel().compareTo(a.getLevel()))
                .map(s -> caseOf(s, false))
                .toList();
    }

    /** Called by the nightly run (a process), hence open to every caller. */
    @Override
    @PermitAll
    public int escalateOverdue(LocalDate businessDate) {
        List<WarningSignal> overdue =
                em.createQuery(
                                "SELECT s FROM WarningSignal s WHERE s.status <> :closed"
                                        + " AND s.dueOn < :today",
                                WarningSignal.class)
                        .setParameter("closed", SignalStatus.CLOSED)
                        .setParameter("today", businessDate)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        int escalated = 0;
        for (WarningSignal s : overdue) {
            if (s.escalateIfOverdue(businessDate, settings.responseTimes())) {
                escalated++;
            }
        }
        return escalated;
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    public List<CollectionCase> collectionList(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT e.reference, e.borrower_id, e.outstanding, e.currency,"
                                    + " e.days_past_due, e.category, (SELECT MIN(i.due_date) FROM"
                                    + " loan_application a JOIN repayment_instalment i ON"
                                    + " i.application_id = a.id   WHERE a.exposure_reference ="
                                    + " e.reference AND i.balance_after < e.outstanding AND"
                                    + " i.due_date < ?1), (SELECT COUNT(*) FROM warning_signal s"
                                    + " JOIN signal_action x ON x.signal_id = s.id   WHERE"
                                    + " s.loan_reference = e.reference AND s.status <> 'CLOSED' AND"
                                    + " x.action_kind = 'COLLECTION') FROM loan_exposure e WHERE"
                                    + " e.status = 'LIVE' AND (e.days_past_due >= ?2 OR EXISTS (  "
                                    + " SELECT 1 FROM warning_signal s2 JOIN signal_action x2 ON"
                                    + " x2.signal_id = s2.id   WHERE s2.loan_reference ="
                                    + " e.reference AND s2.status <> 'CLOSED' AND x2.action_kind ="
                                    + " 'COLLECTION')) ORDER BY e.days_past_due DESC, e.reference")
                        .setParameter(1, Date.valueOf(settings.today(clock)))
                        .setParameter(2, settings.collectionDays())
                        .setMaxResults(Math.max(1, Math.min(limit, MAX_LIST)))
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new CollectionCase(
                                        (String) r[0],
                                        ((Number) r[1]).longValue(),
                                        (BigDecimal) r[2],
                                        ((String) r[3]).strip(),
                                        ((Number) r[4]).intValue(),
                                        (String) r[5],
                                        r[6] == null ? null : ((Date) r[6]).toLocalDate(),
                                        ((Number) r[7]).longValue() > 0))
                .toList();
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    public List<ReminderView> reminders(LocalDate from, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT loan_reference, instalment_number, borrower_id, due_date,"
                                    + " amount, remind_on FROM repayment_reminder WHERE due_date >="
                                    + " ?1 ORDER BY due_date, loan_reference")
                        .setParameter(1, Date.valueOf(from))
                        .setMaxResults(Math.max(1, Math.min(limit, MAX_LIST)))
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new ReminderView(
                                        (String) r[0],
                                        ((Number) r[1]).intValue(),
                                        ((Number) r[2]).longValue(),
                                        ((Date) r[3]).toLocalDate(),
                                        (BigDecimal) r[4],
                                        ((Date) r[5]).toLocalDate()))
                .toList();
    }

    private WarningSignal lockSignal(long signalId) {
        WarningSignal signal =
                em.find(WarningSignal.class, signalId, LockModeType.PESSIMISTIC_WRITE);
        if (signal == null) {
            throw new ChangeRefusedException("No warning signal " + signalId);
        }
        return signal;
    }

    /** A signal is taken by its owner role; a risk manager may take any (the top of the ladder). */
    private void requireRole(OwnerRole role) {
        if (!context.isCallerInRole(role.name()) && !context.isCallerInRole("RISK_MANAGER")) {
            throw new ChangeRefusedException("This signal is for the role " + role + " now");
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private SignalCaseView caseOf(WarningSignal s, boolean withActions) {
        List<SignalActionView> actions =
                !withActions || s.getId() == null
                        ? List.of()
                        : em
                                .createQuery(
                                        "SELECT a FROM SignalAction a WHERE a.signalId = :s ORDER"
                                                + " BY a.takenAt, a.id",
                                        SignalAction.class)
                                .setParameter("s", s.getId())
                                .getResultList()
                                .stream()
                                .map(EarlyWarningServiceBean::actionView)
                                .toList();
        return new SignalCaseView(
                view(s),
                s.getOwnerRole().name(),
                s.getOwner(),
                s.getDueOn(),
                s.getEscalations(),
                s.isOverdue(settings.today(clock)),
                actions);
    }

    static SignalActionView actionView(SignalAction a) {
        return new SignalActionView(
                a.getId(),
                a.getSignalId(),
                WarningAction.valueOf(a.getKind().name()),
                a.getNote(),
                a.getTakenBy(),
                a.getTakenAt(),
                a.getDueOn(),
                a.getCompletedBy(),
                a.getCompletedAt());
    }

    static WarningSignalView view(WarningSignal s) {
        return new WarningSignalView(
                s.getId(),
                s.getBorrowerId(),
                s.getLoanReference(),
                s.getIndicator(),
                WarningLevel.valueOf(s.getLevel().name()),
                s.getEvidence(),
                s.getSource(),
                s.getStatus().name(),
                s.getRaisedAt(),
                s.getLastSeenAt(),
                s.getSightings(),
                s.getClosedAt(),
                s.getClosedBy(),
                s.getClosingNote());
    }
}
