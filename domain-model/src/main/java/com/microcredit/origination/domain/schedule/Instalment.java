package com.microcredit.origination.domain.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment; amounts at the currency's minor-unit scale. */
public record Instalment(
        int number,
        LocalDate dueDate,
        BigDecimal principal,
        BigDecimal interest,
        BigDecimal total,
        BigDecimal balanceAfter) {}
