package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Classification of the book (five categories, 2023 rules) and provisions. Days past due are the
 * worse of core banking's postings and the repayment schedule (the nightly run, ADR 0028);
 * downgrades and cures are people's decisions.
 */
@Local
public interface LoanBookService {

    /**
     * Core banking's days past due as of a date (a repayment posting; the demo book posts the same
     * way): kept as core banking's arrears, which the nightly run never erases (ADR 0028), and the
     * loan reclassified by them; a first default of a blind loan may stop the programme.
     */
    ExposureView recordDaysPastDue(String reference, int daysPastDue, LocalDate asOf);

    /**
     * The nightly run's days past due as of a date, already the worse of the schedule and core
     * banking's arrears: reclassifies like {@link #recordDaysPastDue} but keeps core banking's
     * arrears as they were posted.
     */
    ExposureView reassessDaysPastDue(String reference, int daysPastDue, LocalDate asOf);

    /** A qualitative downgrade with a reason; never an upgrade. */
    ExposureView downgrade(String reference, String category, String reason);

    /**
     * Upgrades a non-performing loan once the cure conditions hold, or refuses with the unmet
     * condition.
     */
    ExposureView cure(String reference, LocalDate asOf);

    Optional<ExposureView> find(String reference);

    /** Every exposure of the given borrowers (live and closed), newest first. */
    List<ExposureView> exposuresOf(Collection<Long> borrowerIds);
}
