package com.microcredit.origination.api;

import java.math.BigDecimal;

/**
 * A group member as the group rules see it. depositBalance is the latest end-of-day balance of the
 * member's settlement account at the bank (null when none is known).
 */
public record GroupMemberView(
        long borrowerId,
        String name,
        String maskedIdentityNumber,
        boolean hasActiveLoan,
        BigDecimal outstanding,
        BigDecimal depositBalance,
        boolean meetsMinimumDeposit) {}
