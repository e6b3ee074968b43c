package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.time.LocalDate;

public record InstalmentView(
        int number,
        LocalDate dueDate,
        BigDecimal principal,
        BigDecimal interest,
        BigDecimal total,
        BigDecimal balanceAfter) {}
