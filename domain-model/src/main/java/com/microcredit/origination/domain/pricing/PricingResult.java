package com.microcredit.origination.domain.pricing;

import java.util.Set;

/**
 * The chosen price with its economics and flags; coversCost is false when profit misses the target.
 */
public record PricingResult(UnitEconomics economics, boolean coversCost, Set<PricingFlag> flags) {

    public PricingResult {
        flags = Set.copyOf(flags);
    }

    public boolean has(PricingFlag flag) {
        return flags.contains(flag);
    }
}
