package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.TakeAction;
import com.microcredit.portfolio.api.WarningAction;
import com.microcredit.portfolio.domain.warning.ActionKind;
import com.microcredit.portfolio.domain.warning.SignalAction;
import com.microcredit.portfolio.domain.warning.WarningSignal;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The lifecycle of a signal in the caller's transaction – acknowledge, act (freezing the borrower's
 * undrawn limit when that is the action, {@link LimitFreeze}), complete an action, close. Who may
 * do what is checked by the service bean; the signal's rules refuse the rest, refusals become
 * {@link ChangeRefusedException}.
 */
@Dependent
class SignalLifecycle {

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private WarningSettings settings;

    @Inject private LimitFreeze freeze;

    @EJB private AuditTrail audit;

    /** The signal, locked for a change. */
    WarningSignal lock(long signalId) {
        WarningSignal signal =
                em.find(WarningSignal.class, signalId, LockModeType.PESSIMISTIC_WRITE);
        if (signal == null) {
            throw new ChangeRefusedException(null, "NOT_FOUND", "WARNING_SIGNAL", signalId);
        }
        return signal;
    }

    WarningSignal close(long signalId, String caller, String note) {
        WarningSignal signal = lock(signalId);
        try {
            signal.close(caller, note, clock.instant());
            audited("CLOSED", signal);
            return signal;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChangeRefusedException(null, "SIGNAL_STEP_REFUSED").because(e);
        }
    }

    void acknowledge(WarningSignal signal, String caller) {
        try {
            signal.acknowledge(caller, clock.instant());
            audited("ACKNOWLEDGED", signal);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChangeRefusedException(null, "SIGNAL_STEP_REFUSED").because(e);
        }
    }

    void act(WarningSignal signal, TakeAction a, String caller) {
        try {
            SignalAction action =
                    signal.act(
                            ActionKind.valueOf(a.action().name()),
                            a.note(),
                            caller,
                            clock.instant(),
                            settings.today(clock),
                            a.dueOn());
            em.persist(action);
            audited(a.action().name(), signal);
            if (a.action() == WarningAction.FREEZE_UNDRAWN) {
                freeze.freezeBorrowerLimit(signal, a.note());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChangeRefusedException(null, "SIGNAL_STEP_REFUSED").because(e);
        }
    }

    /** Completes the action; returns its signal. */
    WarningSignal completeAction(long actionId, String caller) {
        SignalAction action = em.find(SignalAction.class, actionId, LockModeType.PESSIMISTIC_WRITE);
        if (action == null) {
            throw new ChangeRefusedException(null, "NOT_FOUND", "ACTION", actionId);
        }
        try {
            action.complete(caller, clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChangeRefusedException(null, "SIGNAL_STEP_REFUSED").because(e);
        }
        WarningSignal signal = em.find(WarningSignal.class, action.getSignalId());
        audited("ACTION_COMPLETED", signal);
        return signal;
    }

    /**
     * The step as a code, the signal and its indicator, on the borrower (issue 26); the actor is
     * the caller.
     */
    private void audited(String step, WarningSignal signal) {
        audit.record(
                AuditEvent.coded(
                        "SIGNAL_ACTION",
                        "BORROWER",
                        signal.getBorrowerId(),
                        "AUDIT_SIGNAL_STEP",
                        step,
                        signal.getId(),
                        signal.getIndicator()));
    }
}
