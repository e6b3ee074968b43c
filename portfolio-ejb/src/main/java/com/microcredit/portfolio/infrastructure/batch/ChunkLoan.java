package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.portfolio.domain.classification.LoanCategory;
import com.microcredit.portfolio.domain.exposure.Reassessment;
import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A live loan as a chunk of the nightly run reads it ({@link ExposureRows}); {@code
 * postedOverdueSince} is the first day of the arrears core banking last posted (ADR 0028).
 */
record ChunkLoan(
        long id,
        String reference,
        long borrowerId,
        BigDecimal principal,
        Money outstanding,
        int daysPastDue,
        LoanCategory category,
        LoanCategory floor,
        LocalDate arrearsClearedOn,
        LocalDate postedOverdueSince,
        Instant defaultedAt,
        BigDecimal specificProvision,
        BigDecimal generalProvision,
        boolean blind,
        long version) {

    Reassessment.Before before() {
        return new Reassessment.Before(
                daysPastDue, category, floor, arrearsClearedOn, defaultedAt, outstanding);
    }
}
