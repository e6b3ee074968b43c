package com.microcredit.supplychain.api;

import java.math.BigDecimal;

/**
 * One member in the chain graph: its role, its standing with the hub (eligible, member limit) and
 * its live exposure in the book (all its loans, and those booked against this hub's chain).
 */
public record ChainNodeView(long memberId, long borrowerId, String role, boolean eligible, String ineligibleReason,
        BigDecimal memberLimit, BigDecimal exposure, BigDecimal chainExposure, int openLoans) {
}
