package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.util.List;

/** Risk-based price and unit economics: every cost item (code, amount) and the flags raised. */
public record PricingView(
        BigDecimal annualRate,
        BigDecimal maximumRate,
        BigDecimal probabilityOfDefault,
        BigDecimal lossGivenDefault,
        List<CostItemView> items,
        BigDecimal expectedProfit,
        boolean coversCost,
        List<String> flags) {}
