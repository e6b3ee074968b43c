package com.microcredit.supplychain.api;

import java.math.BigDecimal;

/**
 * One member in the chain graph: its role, its standing with the hub (eligible, member limit, the
 * longest stretch in days without a hub payment over the trailing year) and its live exposure in
 * the book (all its loans, and those booked against this hub's chain).
 */
public record ChainNodeView(
        long memberId,
        long borrowerId,
        String role,
        boolean eligible,
        String ineligibleReason,
        BigDecimal memberLimit,
        long longestPaymentGapDays,
        BigDecimal exposure,
        BigDecimal chainExposure,
        int openLoans) {}
