package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The programme as a risk manager reads it: parameters, the ceiling the formula gives, the ceiling
 * limit in force and its utilisation, the single-loan cap, and realised against assumed defaults
 * since the last calibration.
 */
public record ProgrammeView(
        String currency,
        BigDecimal totalAssets,
        BigDecimal toleratedLossShare,
        BigDecimal assumedDefaultRate,
        BigDecimal lossGivenDefault,
        int singleLoanDivisor,
        BigDecimal defaultRateTolerance,
        int minimumSample,
        BigDecimal formulaCeiling,
        BigDecimal ceilingLimit,
        BigDecimal ceilingUtilised,
        BigDecimal singleLoanCap,
        BigDecimal toleratedLoss,
        long loansSinceCalibration,
        long defaultsSinceCalibration,
        BigDecimal realisedDefaultRate,
        String status,
        String statusReason,
        Instant calibratedAt,
        String calibratedBy) {}
