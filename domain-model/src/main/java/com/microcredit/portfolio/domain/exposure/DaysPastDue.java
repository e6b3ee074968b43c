package com.microcredit.portfolio.domain.exposure;

import java.time.LocalDate;

/**
 * Where a loan's days past due come from (docs/domain-rules.md, ADR 0028): core banking's repayment
 * postings and our repayment schedule are two sources of the same fact, and the worse of the two
 * counts. A posting of <i>N</i> days as of a date says the arrears began <i>N</i> days before it;
 * until a later posting says otherwise (a posting of zero clears it), those arrears stand and keep
 * ageing, exactly like an unpaid instalment of the schedule. So a run that holds no schedule for a
 * loan, or an incomplete one, never erases arrears core banking reported.
 */
public final class DaysPastDue {

    private DaysPastDue() {}

    /**
     * The first day of the arrears a posting of {@code days} as of {@code asOf} reports; null when
     * it reports none.
     */
    public static LocalDate overdueSince(int days, LocalDate asOf) {
        if (days < 0) {
            throw new IllegalArgumentException("Days past due cannot be negative");
        }
        return days == 0 ? null : asOf.minusDays(days);
    }

    /**
     * The earlier (worse) of the oldest unpaid instalment's due date and the first day of the
     * arrears core banking posted; null when neither has one.
     */
    public static LocalDate worseOf(LocalDate oldestUnpaidDueDate, LocalDate postedOverdueSince) {
        if (oldestUnpaidDueDate == null) {
            return postedOverdueSince;
        }
        if (postedOverdueSince == null) {
            return oldestUnpaidDueDate;
        }
        return postedOverdueSince.isBefore(oldestUnpaidDueDate)
                ? postedOverdueSince
                : oldestUnpaidDueDate;
    }

    /** The days past due as of a business date: the worse of the schedule's and core banking's. */
    public static int asOf(
            LocalDate asOf, LocalDate oldestUnpaidDueDate, LocalDate postedOverdueSince) {
        return Reassessment.daysPastDue(asOf, worseOf(oldestUnpaidDueDate, postedOverdueSince));
    }
}
