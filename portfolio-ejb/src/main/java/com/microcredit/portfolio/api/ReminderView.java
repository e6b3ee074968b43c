package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A repayment reminder the nightly run created for an instalment falling due soon. */
public record ReminderView(
        String loanReference,
        int instalment,
        long borrowerId,
        LocalDate dueDate,
        BigDecimal amount,
        LocalDate remindOn) {}
