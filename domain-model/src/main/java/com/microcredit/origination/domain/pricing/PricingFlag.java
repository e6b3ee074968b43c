package com.microcredit.origination.domain.pricing;

public enum PricingFlag {
    /** No rate up to the maximum makes the expected profit reach the target. */
    UNPROFITABLE_AT_MAXIMUM_RATE,
    /** Even at the maximum rate the margin does not pay for due diligence and data. */
    CANNOT_PAY_FOR_CHECKING
}
