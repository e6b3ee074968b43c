package com.microcredit.portfolio.domain.exposure;

import com.microcredit.portfolio.domain.classification.ClassificationPolicy;
import com.microcredit.portfolio.domain.classification.LoanCategory;
import com.microcredit.portfolio.domain.classification.ProvisionRates;
import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A live loan's state after recording its days past due as of a business date: the rule of {@link
 * LoanExposure#recordDaysPastDue}, as a value so that the nightly run can apply it to a whole chunk
 * of loans with set-based reads and batched writes. Never better than the days imply, never better
 * than a qualitative floor, never out of non-performing automatically; the first time a loan
 * becomes non-performing it is a default (for the blind programme's stop rule).
 */
public record Reassessment(
        int daysPastDue,
        LoanCategory category,
        LocalDate arrearsClearedOn,
        Instant defaultedAt,
        BigDecimal specificProvision,
        BigDecimal generalProvision,
        boolean newDefault) {

    /** The loan's state before: what the rule needs of it. */
    public record Before(
            int daysPastDue,
            LoanCategory category,
            LoanCategory qualitativeFloor,
            LocalDate arrearsClearedOn,
            Instant defaultedAt,
            Money outstanding) {}

    public static Reassessment of(
            Before before,
            int days,
            LocalDate asOf,
            ClassificationPolicy policy,
            ProvisionRates rates,
            Instant at) {
        if (days < 0) {
            throw new IllegalArgumentException("Days past due cannot be negative");
        }
        LocalDate cleared = before.arrearsClearedOn();
        if (days == 0 && before.daysPastDue() > 0) {
            cleared = asOf;
        } else if (days > 0) {
            cleared = null;
        }
        LoanCategory category =
                policy.reclassify(before.category(), days, before.qualitativeFloor());
        boolean newDefault = category.isNonPerforming() && before.defaultedAt() == null;
        Instant defaulted = newDefault ? Objects.requireNonNull(at, "at") : before.defaultedAt();
        return new Reassessment(
                days,
                category,
                cleared,
                defaulted,
                rates.specificProvision(category, before.outstanding()).amount(),
                rates.generalProvision(before.outstanding()).amount(),
                newDefault);
    }

    /**
     * Days past due from the repayment schedule: the days since the oldest instalment whose planned
     * balance afterwards is below what is still outstanding (its principal is not fully paid); zero
     * when no such instalment fell due before the business date.
     */
    public static int daysPastDue(LocalDate asOf, LocalDate oldestUnpaidDueDate) {
        if (oldestUnpaidDueDate == null || !oldestUnpaidDueDate.isBefore(asOf)) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(oldestUnpaidDueDate, asOf);
    }

    /** Whether anything stored changes against the state before (else the row needs no write). */
    public boolean changes(Before before, BigDecimal specificBefore, BigDecimal generalBefore) {
        return daysPastDue != before.daysPastDue()
                || category != before.category()
                || !Objects.equals(arrearsClearedOn, before.arrearsClearedOn())
                || !Objects.equals(defaultedAt, before.defaultedAt())
                || specificProvision.compareTo(specificBefore) != 0
                || generalProvision.compareTo(generalBefore) != 0;
    }
}
