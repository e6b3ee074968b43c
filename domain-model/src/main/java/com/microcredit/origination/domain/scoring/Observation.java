package com.microcredit.origination.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One monthly figure from one source: e.g. (TAX, 2026-09, PAID, 12000), (TAX, 2026-09, LATE, 1),
 * (ELECTRICITY, 2026-09, KWH, 5400), (E_COMMERCE, 2026-09, RATING, 4.7), (COURTS, 2025-03,
 * JUDGMENT, 1), (CREDIT_REPORT, 2026-10, PAST_DUE_NOW, 0). period is the first day of the month.
 */
public record Observation(DataSource source, LocalDate period, String metric, BigDecimal amount) {}
