package com.microcredit.supplychain.domain.financing;

/**
 * ADVANCED: the advance is out, awaiting the hub's payment; CLOSED: the advance is repaid in full.
 */
public enum FinancingStatus {
    ADVANCED,
    CLOSED
}
