package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A proposed or decided recalibration with the ceiling before and after. */
public record CalibrationView(
        long id,
        BigDecimal totalAssets,
        BigDecimal toleratedLossShare,
        BigDecimal assumedDefaultRate,
        BigDecimal lossGivenDefault,
        int singleLoanDivisor,
        BigDecimal defaultRateTolerance,
        int minimumSample,
        BigDecimal beforeCeiling,
        BigDecimal afterCeiling,
        String status,
        String reason,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote) {}
