package com.microcredit.origination.domain.pricing;

import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;

/**
 * The bank's costs and the product's rate band; targetProfitShare is the required profit as a share
 * of the amount.
 */
public record CostParameters(
        BigDecimal fundingRate,
        Money dueDiligenceCost,
        Money dataCost,
        Money servicingCostPerMonth,
        BigDecimal floorRate,
        BigDecimal maximumRate,
        BigDecimal targetProfitShare) {

    public CostParameters {
        if (fundingRate.signum() < 0
                || floorRate.signum() < 0
                || targetProfitShare.signum() < 0
                || floorRate.compareTo(maximumRate) > 0
                || maximumRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(
                    "rates must satisfy 0 <= floor <= maximum < 1, funding and target >= 0");
        }
        if (dueDiligenceCost.isNegative()
                || dataCost.isNegative()
                || servicingCostPerMonth.isNegative()) {
            throw new IllegalArgumentException("costs may not be negative");
        }
    }
}
