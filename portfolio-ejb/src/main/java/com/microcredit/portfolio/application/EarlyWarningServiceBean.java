package com.microcredit.portfolio.application;

import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.CollectionCase;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.ReminderView;
import com.microcredit.portfolio.api.SignalCaseView;
import com.microcredit.portfolio.api.TakeAction;
import com.microcredit.portfolio.api.WarningAction;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.portfolio.api.WarningSignalView;
import com.microcredit.portfolio.domain.warning.OwnerRole;
import com.microcredit.portfolio.domain.warning.WarningSignal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The early-warning service: the transaction and the roles of every operation; the work is split by
 * job – raising signals ({@link SignalRaising}), their lifecycle ({@link SignalLifecycle}, with
 * {@link LimitFreeze}), the nightly escalation ({@link SignalEscalation}) and the page queries
 * ({@link WarningQueries}, {@link CollectionQueries}).
 */
@Stateless
@RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR", "ADMIN"})
public class EarlyWarningServiceBean implements EarlyWarningService {

    @Resource private SessionContext context;

    @Inject private SignalRaising raising;

    @Inject private SignalLifecycle lifecycle;

    @Inject private SignalEscalation escalation;

    @Inject private WarningQueries queries;

    @Inject private CollectionQueries collections;

    @Inject private WarningQueuePages queuePages;

    @Inject private CollectionPages collectionPages;

    /**
     * Raised by processes (the settlement watch and end-of-day intake as the system identity, the
     * nightly run as its starter, a hub downgrade by a risk manager), ADR 0014.
     */
    @Override
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public WarningSignalView raise(RaiseWarning w) {
        return raising.raise(w);
    }

    /** Raised by the nightly run, as the risk manager who started it or the system identity. */
    @Override
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public int raiseAll(List<RaiseWarning> warnings) {
        return raising.raiseAll(warnings);
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER"})
    public WarningSignalView close(long signalId, String note) {
        return WarningViews.view(lifecycle.close(signalId, caller(), note));
    }

    @Override
    public List<WarningSignalView> openSignals(int limit) {
        return queries.openSignals(limit);
    }

    /**
     * Part of the borrower view, which checks the caller's role for the borrower's data itself, and
     * of the re-check at acceptance (every caller of acceptOffer/decideAutomatically, core
     * banking's included).
     */
    @Override
    @RolesAllowed({
        "BRANCH_STAFF",
        "ACCOUNT_MANAGER",
        "CREDIT_OFFICER",
        "RISK_MANAGER",
        "AUDITOR",
        "CORE_BANKING",
        "SYSTEM"
    })
    public List<WarningSignalView> signalsOf(Collection<Long> borrowerIds) {
        return queries.signalsOf(borrowerIds);
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER"})
    public SignalCaseView acknowledge(long signalId) {
        WarningSignal signal = lifecycle.lock(signalId);
        requireRole(signal.ownership().getOwnerRole());
        lifecycle.acknowledge(signal, caller());
        return queries.caseOf(signal, true);
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER"})
    public SignalCaseView act(TakeAction a) {
        if (a == null || a.action() == null) {
            throw new ChangeRefusedException(null, "ACTION_REQUIRED");
        }
        WarningSignal signal = lifecycle.lock(a.signalId());
        if (a.action() == WarningAction.FREEZE_UNDRAWN
                && !context.isCallerInRole("CREDIT_OFFICER")
                && !context.isCallerInRole("RISK_MANAGER")) {
            throw new ChangeRefusedException(null, "FREEZE_NOT_ALLOWED");
        }
        lifecycle.act(signal, a, caller());
        return queries.caseOf(signal, true);
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER"})
    public SignalCaseView completeAction(long actionId) {
        return queries.caseOf(lifecycle.completeAction(actionId, caller()), true);
    }

    @Override
    public SignalCaseView detail(long signalId) {
        return queries.detail(signalId);
    }

    @Override
    public List<SignalCaseView> queue(
            String ownerRole, String owner, WarningLevel level, int limit) {
        return queries.queue(ownerRole, owner, level, limit);
    }

    /** Called by the nightly run, as the risk manager who started it or the system identity. */
    @Override
    @RolesAllowed({"RISK_MANAGER", "SYSTEM"})
    public int escalateOverdue(LocalDate businessDate) {
        return escalation.escalateOverdue(businessDate);
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    public List<CollectionCase> collectionList(int limit) {
        return collections.collectionList(limit);
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    public List<ReminderView> reminders(LocalDate from, int limit) {
        return collections.reminders(from, limit);
    }

    /** A signal is taken by its owner role; a risk manager may take any (the top of the ladder). */
    private void requireRole(OwnerRole role) {
        if (!context.isCallerInRole(role.name()) && !context.isCallerInRole("RISK_MANAGER")) {
            throw new ChangeRefusedException(null, "SIGNAL_OWNED_BY_ROLE", role);
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    @Override
    public PageResult<SignalCaseView> queuePage(PageRequest request) {
        return queuePages.page(request);
    }

    @Override
    @RolesAllowed({"ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"})
    public PageResult<CollectionCase> collectionPage(PageRequest request) {
        return collectionPages.page(request);
    }
}
