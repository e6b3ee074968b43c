package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One application scored by the champion (which decided) and the challenger (kept for comparison).
 */
public record SideBySideView(
        long applicationId,
        Instant scoredAt,
        String championLabel,
        int championScore,
        BigDecimal championPd,
        String challengerLabel,
        int challengerScore,
        BigDecimal challengerPd) {}
