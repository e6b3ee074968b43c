package com.microcredit.portfolio.api;

import java.math.BigDecimal;

/**
 * New programme parameters proposed by a risk manager, with the reason (e.g. realised defaults).
 */
public record ProposeCalibration(
        BigDecimal totalAssets,
        String currency,
        BigDecimal toleratedLossShare,
        BigDecimal assumedDefaultRate,
        BigDecimal lossGivenDefault,
        int singleLoanDivisor,
        BigDecimal defaultRateTolerance,
        int minimumSample,
        String reason) {}
