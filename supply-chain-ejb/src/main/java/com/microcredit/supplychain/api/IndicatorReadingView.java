package com.microcredit.supplychain.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record IndicatorReadingView(
        long id,
        long hubId,
        LocalDate asOf,
        BigDecimal latePaymentShare,
        BigDecimal revenueTrend,
        int bureauEvents,
        int courtEvents,
        String impliedStatus,
        String findings,
        String recordedBy,
        Instant recordedAt) {}
