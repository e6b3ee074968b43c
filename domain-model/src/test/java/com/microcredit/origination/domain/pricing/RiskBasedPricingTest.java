package com.microcredit.origination.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.domain.schedule.RepaymentMethod;
import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RiskBasedPricingTest {

    private static CostParameters costs(String dueDiligence, String data) {
        return new CostParameters(
                new BigDecimal("0.025"),
                Money.cny(dueDiligence),
                Money.cny(data),
                Money.cny("15.00"),
                new BigDecimal("0.0435"),
                new BigDecimal("0.18"),
                BigDecimal.ZERO);
    }

    private static PricingTerms terms(String amount, int months, String pd) {
        return new PricingTerms(
                Money.cny(amount),
                months,
                RepaymentMethod.INTEREST_ONLY_BULLET,
                new BigDecimal(pd),
                new BigDecimal("0.60"));
    }

    @Test
    void economicsAtARateMatchTheHandComputation() {
        // 100,000.00 bullet over 12 months at 12 %: interest 12 × 1,000.00 = 12,000.00;
        // funding 12 × (100,000 × 0.025 / 12 = 208.333… → 208.33) = 2,499.96; EL = 100,000 × 0.03 ×
        // 0.60 = 1,800.00;
        // servicing 12 × 15.00 = 180.00; profit = 12,000 − 2,499.96 − 1,800 − 600 − 80 − 180 =
        // 6,840.04.
        UnitEconomics e =
                RiskBasedPricing.economicsAt(
                        terms("100000.00", 12, "0.03"),
                        costs("600.00", "80.00"),
                        new BigDecimal("0.12"));
        assertEquals(Money.cny("12000.00"), e.interestIncome());
        assertEquals(Money.cny("2499.96"), e.fundingCost());
        assertEquals(Money.cny("1800.00"), e.expectedLoss());
        assertEquals(Money.cny("180.00"), e.servicingCost());
        assertEquals(Money.cny("6840.04"), e.expectedProfit());
        Money sum =
                e.interestIncome()
                        .minus(e.fundingCost())
                        .minus(e.expectedLoss())
                        .minus(e.dueDiligenceCost())
                        .minus(e.dataCost())
                        .minus(e.servicingCost());
        assertEquals(sum, e.items().get("EXPECTED_PROFIT"));
        assertEquals(7, e.items().size());
    }

    @Test
    void pricingCoversCostAtTheLowestRateThatDoes() {
        PricingTerms t = terms("100000.00", 12, "0.03");
        CostParameters c = costs("600.00", "80.00");
        PricingResult r = RiskBasedPricing.price(t, c);
        assertTrue(r.coversCost());
        assertTrue(r.economics().expectedProfit().compareTo(Money.cny("0.00")) >= 0);
        BigDecimal oneLess = r.economics().annualRate().subtract(new BigDecimal("0.0001"));
        if (oneLess.compareTo(c.floorRate()) >= 0) {
            assertTrue(RiskBasedPricing.economicsAt(t, c, oneLess).expectedProfit().isNegative());
        }
        assertTrue(r.economics().annualRate().compareTo(c.maximumRate()) <= 0);
    }

    @Test
    void aTinyLoanCannotPayForItsOwnChecking() {
        PricingResult r =
                RiskBasedPricing.price(terms("500.00", 3, "0.02"), costs("200.00", "30.00"));
        assertTrue(r.has(PricingFlag.CANNOT_PAY_FOR_CHECKING));
        assertFalse(r.coversCost());
        assertFalse(
                RiskBasedPricing.marginCoversDataCost(
                        terms("500.00", 3, "0.02"), costs("200.00", "30.00")));
    }

    @Test
    void aRiskyLoanIsPricedAtTheMaximumAndFlagged() {
        PricingResult r =
                RiskBasedPricing.price(terms("100000.00", 12, "0.40"), costs("600.00", "80.00"));
        assertTrue(r.has(PricingFlag.UNPROFITABLE_AT_MAXIMUM_RATE));
        assertEquals(0, new BigDecimal("0.18").compareTo(r.economics().annualRate()));
    }
}
