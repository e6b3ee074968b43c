package com.microcredit.origination.api;

import java.math.BigDecimal;

/** The borrower's place in a hub's supply chain and what verified trade supports. */
public record ChainStandingView(
        long hubId,
        String hubName,
        String hubStatus,
        String role,
        int verifiedTradeMonths,
        BigDecimal trailingTwelveMonthVolume,
        BigDecimal memberLimit) {}
