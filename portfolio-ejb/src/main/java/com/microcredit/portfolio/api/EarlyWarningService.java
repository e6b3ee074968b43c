package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;

/**
 * Early-warning signals after the loan (domain guide §6). Any process that watches loans raises
 * signals here, inside its own transaction, so a signal exists exactly when the change that
 * caused it committed. Signals are never duplicated: raising an indicator that already has an
 * open signal for the same borrower and loan records another sighting on that signal instead
 * (the level can rise, never fall).
 */
@Local
public interface EarlyWarningService {

    /** Raises, or sees again, the signal of this borrower, loan and indicator; joins the caller's transaction. */
    WarningSignalView raise(RaiseWarning warning);

    /** Closes an open signal with the reason it needs no further action. */
    WarningSignalView close(long signalId, String note);

    /** Open (not closed) signals, most severe first, then newest; at most {@code limit}. */
    List<WarningSignalView> openSignals(int limit);

    /** Every signal of the given borrowers, open first, newest first. */
    List<WarningSignalView> signalsOf(Collection<Long> borrowerIds);
}
