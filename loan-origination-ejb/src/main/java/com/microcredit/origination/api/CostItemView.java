package com.microcredit.origination.api;

import java.math.BigDecimal;

/**
 * A line of the unit economics: INTEREST_INCOME, FUNDING_COST, EXPECTED_LOSS, DUE_DILIGENCE,
 * DATA_COST, SERVICING, EXPECTED_PROFIT.
 */
public record CostItemView(String code, BigDecimal amount) {}
