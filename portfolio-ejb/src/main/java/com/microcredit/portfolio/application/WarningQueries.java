package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.SignalActionView;
import com.microcredit.portfolio.api.SignalCaseView;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.portfolio.api.WarningSignalView;
import com.microcredit.portfolio.domain.warning.OwnerRole;
import com.microcredit.portfolio.domain.warning.SignalAction;
import com.microcredit.portfolio.domain.warning.SignalLevel;
import com.microcredit.portfolio.domain.warning.SignalStatus;
import com.microcredit.portfolio.domain.warning.WarningSignal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The page queries over warning signals: open signals, a borrower's, one case, the queue. */
@Dependent
class WarningQueries {

    static final int MAX_LIST = 1000;

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private WarningSettings settings;

    List<WarningSignalView> openSignals(int limit) {
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
                    .forEach(s -> result.add(WarningViews.view(s)));
        }
        return result;
    }

    List<WarningSignalView> signalsOf(Collection<Long> borrowerIds) {
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
                .map(WarningViews::view)
                .toList();
    }

    SignalCaseView detail(long signalId) {
        WarningSignal signal = em.find(WarningSignal.class, signalId);
        if (signal == null) {
            throw new ChangeRefusedException(null, "NOT_FOUND", "WARNING_SIGNAL", signalId);
        }
        return caseOf(signal, true);
    }

    List<SignalCaseView> queue(String ownerRole, String owner, WarningLevel level, int limit) {
        StringBuilder jpql =
                new StringBuilder("SELECT s FROM WarningSignal s WHERE s.status <> :closed");
        if (ownerRole != null && !ownerRole.isBlank()) {
            jpql.append(" AND s.ownership.ownerRole = :role");
        }
        if (owner != null && !owner.isBlank()) {
            jpql.append(" AND s.ownership.owner = :owner");
        }
        if (level != null) {
            jpql.append(" AND s.level = :level");
        }
        jpql.append(" ORDER BY s.ownership.dueOn ASC, s.id ASC");
        var query =
                em.createQuery(jpql.toString(), WarningSignal.class)
                        .setParameter("closed", SignalStatus.CLOSED)
                        .setMaxResults(Math.max(1, Math.min(limit, MAX_LIST)));
        try {
            if (ownerRole != null && !ownerRole.isBlank()) {
                query.setParameter("role", OwnerRole.valueOf(ownerRole));
            }
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException(
                    "ownerRole",
                    "NOT_ONE_OF",
                    String.join(
                            ", ",
                            java.util.Arrays.stream(OwnerRole.values()).map(Enum::name).toList()));
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

    /** The signal with its owner, due date and (when asked) its actions. */
    SignalCaseView caseOf(WarningSignal s, boolean withActions) {
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
                                .map(WarningViews::actionView)
                                .toList();
        return new SignalCaseView(
                WarningViews.view(s),
                s.ownership().getOwnerRole().name(),
                s.ownership().getOwner(),
                s.ownership().getDueOn(),
                s.ownership().getEscalations(),
                s.isOverdue(settings.today(clock)),
                actions);
    }
}
