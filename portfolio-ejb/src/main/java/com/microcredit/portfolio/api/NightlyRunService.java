package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The nightly portfolio run (domain guide §6): days past due from the schedules, classification,
 * provisions, indicators and signals, reminders, escalation of overdue signals and the day's
 * portfolio snapshot, as the Jakarta Batch job {@code nightly-portfolio}. It runs once a day on a
 * persistent schedule (01:30 in the bank's zone; one scheduled run per business date, however many
 * servers share the database) and on demand by a risk manager. A failed run is restarted from its
 * checkpoint and counts nothing twice.
 */
@Local
public interface NightlyRunService {

    /** Starts a run for a business date now (RISK_MANAGER). */
    NightlyRunView start(LocalDate businessDate);

    /** Restarts a failed or stopped run from its checkpoint (RISK_MANAGER). */
    NightlyRunView restart(long runId);

    /** The latest runs, newest first, with their progress. */
    List<NightlyRunView> recent(int limit);

    Optional<NightlyRunView> find(long runId);

    /** Today in the bank's zone: the business date a run started now works for. */
    LocalDate businessDate();
}
