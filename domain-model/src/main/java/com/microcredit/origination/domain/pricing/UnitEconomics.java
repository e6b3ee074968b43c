package com.microcredit.origination.domain.pricing;

import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every cost item of a loan at one rate; expectedProfit is income minus all the costs. */
public record UnitEconomics(
        BigDecimal annualRate,
        Money interestIncome,
        Money fundingCost,
        Money expectedLoss,
        Money dueDiligenceCost,
        Money dataCost,
        Money servicingCost,
        Money expectedProfit) {

    /** The line items in display order, keyed by stable code; costs as positive amounts. */
    public Map<String, Money> items() {
        Map<String, Money> items = new LinkedHashMap<>();
        items.put("INTEREST_INCOME", interestIncome);
        items.put("FUNDING_COST", fundingCost);
        items.put("EXPECTED_LOSS", expectedLoss);
        items.put("DUE_DILIGENCE", dueDiligenceCost);
        items.put("DATA_COST", dataCost);
        items.put("SERVICING", servicingCost);
        items.put("EXPECTED_PROFIT", expectedProfit);
        return items;
    }

    public Money checkingCost() {
        return dueDiligenceCost.plus(dataCost);
    }

    /** Income less funding, expected loss and servicing: what is left to pay for the checking. */
    public Money marginBeforeChecking() {
        return interestIncome.minus(fundingCost).minus(expectedLoss).minus(servicingCost);
    }
}
