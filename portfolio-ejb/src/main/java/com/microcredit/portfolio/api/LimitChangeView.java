package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A limit change and its dual-control trail. */
public record LimitChangeView(
        long id,
        LimitType type,
        String key,
        String currency,
        BigDecimal beforeAmount,
        BigDecimal proposedAmount,
        String status,
        String reason,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote) {}
