package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/**
 * Reconciliation of the settlement ledger (the transactions core banking streamed to us) with core
 * banking's end-of-day reports. Every disagreement is a break: a balance difference, a transaction
 * core banking booked that we lack (missing), one we hold that it did not report (extra). Runs when
 * an end-of-day report arrives and on a persistent schedule; breaks are investigated and resolved
 * by risk managers and admins.
 */
@Local
public interface ReconciliationService {

    /** Reconciles one account and day against its stored report; joins the caller's transaction. */
    ReconciledDayView reconcile(String accountNumber, LocalDate businessDate);

    /**
     * Reconciles every reported day since the given date, each in a transaction of its own; returns
     * how many.
     */
    int reconcileSince(LocalDate from);

    /** Breaks, newest day first; openOnly hides closed ones. */
    List<ReconciliationBreakView> breaks(boolean openOnly, String accountNumber, int max);

    /** Reconciled days, newest first; brokenOnly shows only days with open breaks. */
    List<ReconciledDayView> days(boolean brokenOnly, int max);

    long openBreakCount();

    /**
     * Closes a break after investigation with a note (RISK_MANAGER or ADMIN); refuses a closed one.
     */
    ReconciliationBreakView resolve(long breakId, String note);
}
