package com.microcredit.origination.domain.pricing;

import com.microcredit.origination.domain.schedule.RepaymentMethod;
import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;

/** The loan being priced; PD is over the loan's life, PD and LGD in [0, 1]. */
public record PricingTerms(
        Money amount,
        int termMonths,
        RepaymentMethod method,
        BigDecimal probabilityOfDefault,
        BigDecimal lossGivenDefault) {

    public PricingTerms {
        if (probabilityOfDefault.signum() < 0
                || probabilityOfDefault.compareTo(BigDecimal.ONE) > 0
                || lossGivenDefault.signum() < 0
                || lossGivenDefault.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("PD and LGD must lie between 0 and 1");
        }
    }
}
