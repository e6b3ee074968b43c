package com.microcredit.supplychain.api;

import java.math.BigDecimal;

/**
 * A chain member's standing with one hub. verifiedTradeMonths counts calendar months since the
 * first hub-confirmed trade; memberLimit = limit share × trailing 12-month verified volume.
 * eligible is true only with a NORMAL hub and enough verified history.
 */
public record MemberStanding(
        long hubId,
        String hubName,
        String hubStatus,
        String role,
        int verifiedTradeMonths,
        BigDecimal trailingTwelveMonthVolume,
        BigDecimal memberLimit,
        String currency,
        boolean eligible,
        String ineligibleReason) {}
