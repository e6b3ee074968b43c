package com.microcredit.portfolio.api;

import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Early-warning signals after the loan (domain guide §6). Any process that watches loans raises
 * signals here, inside its own transaction, so a signal exists exactly when the change that caused
 * it committed. Signals are never duplicated: raising an indicator that already has an open signal
 * for the same borrower and loan records another sighting on that signal instead (the level can
 * rise, never fall).
 *
 * <p>Lifecycle: open → acknowledged (the person becomes the owner) → in action → closed. A signal
 * is owned by a role (first the account manager) and due by a date that depends on its level; the
 * nightly run escalates overdue signals to the owner role's supervisor.
 */
@Local
public interface EarlyWarningService {

    /**
     * Raises, or sees again, the signal of this borrower, loan and indicator; joins the caller's
     * transaction.
     */
    WarningSignalView raise(RaiseWarning warning);

    /**
     * Raises, or sees again, many signals at once (the nightly run, a chunk at a time): the same
     * rule as {@link #raise} for each, with one read of the open signals they concern; joins the
     * caller's transaction. Returns how many signals were new.
     */
    int raiseAll(List<RaiseWarning> warnings);

    /** Closes an open signal with the reason it needs no further action. */
    WarningSignalView close(long signalId, String note);

    /** Open (not closed) signals, most severe first, then newest; at most {@code limit}. */
    List<WarningSignalView> openSignals(int limit);

    /** Every signal of the given borrowers, open first, newest first. */
    List<WarningSignalView> signalsOf(Collection<Long> borrowerIds);

    /** The caller takes an open signal of their role: it becomes theirs. */
    SignalCaseView acknowledge(long signalId);

    /**
     * Records an action on an acknowledged signal; FREEZE_UNDRAWN blocks the borrower limit in the
     * same transaction.
     */
    SignalCaseView act(TakeAction action);

    /** Marks an action as carried out. */
    SignalCaseView completeAction(long actionId);

    /** The signal with its owner, due date and actions. */
    SignalCaseView detail(long signalId);

    /**
     * The warning queue: signals not closed, filtered by owner role, owner and level (null: any),
     * most severe first, then earliest due; at most {@code limit}.
     */
    List<SignalCaseView> queue(String ownerRole, String owner, WarningLevel level, int limit);

    /**
     * Escalates every signal overdue on the business date to its owner role's supervisor; returns
     * how many.
     */
    int escalateOverdue(LocalDate businessDate);

    /**
     * Loans overdue at least the collection threshold or with a collection action, most overdue
     * first.
     */
    List<CollectionCase> collectionList(int limit);

    /** Reminders of instalments due from a date on, earliest first. */
    List<ReminderView> reminders(LocalDate from, int limit);

    /**
     * One page of the warning queue (issue 26): sort keys level (severity, the default, most severe
     * first), dueOn, raisedAt, sightings; filters ownerRole, owner, level; counted.
     */
    PageResult<SignalCaseView> queuePage(PageRequest request);

    /**
     * One page of the collection list (issue 26): sort keys daysPastDue (the default, most overdue
     * first), outstanding, loanReference; filters text, borrowers; not counted (has more).
     */
    PageResult<CollectionCase> collectionPage(PageRequest request);
}
