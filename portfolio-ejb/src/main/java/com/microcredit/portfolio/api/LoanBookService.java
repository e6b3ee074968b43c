package com.microcredit.portfolio.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Classification of the book (five categories, 2023 rules) and provisions. Days past due come from
 * repayment behaviour (the nightly run); downgrades and cures are people's decisions.
 */
@Local
public interface LoanBookService {

    /**
     * Reclassifies by days past due as of a date; a first default of a blind loan may stop the
     * programme.
     */
    ExposureView recordDaysPastDue(String reference, int daysPastDue, LocalDate asOf);

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
