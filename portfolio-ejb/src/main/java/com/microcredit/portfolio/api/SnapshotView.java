package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The headline figures as of one day. */
public record SnapshotView(
        LocalDate asOf,
        long liveLoans,
        BigDecimal outstanding,
        BigDecimal nplBalance,
        BigDecimal provisions,
        BigDecimal blindOutstanding,
        BigDecimal ceilingAmount) {}
