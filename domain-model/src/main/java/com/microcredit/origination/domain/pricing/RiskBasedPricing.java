package com.microcredit.origination.domain.pricing;

import com.microcredit.origination.domain.schedule.RepaymentSchedule;
import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Prices a loan at the lowest rate, on a one-basis-point grid between the product's floor and
 * maximum, at which the expected profit reaches the target. Expected profit rises with the rate
 * (interest income does; every cost is independent of the rate), so a binary search finds that
 * rate. A loan that does not reach the target at the maximum is priced at the maximum and flagged;
 * one whose margin at the maximum does not even pay for its checking is flagged too.
 */
public final class RiskBasedPricing {

    private static final BigDecimal BASIS_POINT = new BigDecimal("0.0001");
    private static final LocalDate NOMINAL_START = LocalDate.of(2000, 1, 31);

    private RiskBasedPricing() {}

    public static UnitEconomics economicsAt(
            PricingTerms t, CostParameters c, BigDecimal annualRate) {
        RepaymentSchedule schedule =
                RepaymentSchedule.of(
                        t.amount(), annualRate, t.termMonths(), NOMINAL_START, t.method());
        int scale = t.amount().currency().getDefaultFractionDigits();
        BigDecimal monthlyFunding =
                c.fundingRate().divide(BigDecimal.valueOf(12), MathContext.DECIMAL128);
        BigDecimal funding =
                schedule.openingBalances().stream()
                        .map(
                                b ->
                                        b.multiply(monthlyFunding, MathContext.DECIMAL128)
                                                .setScale(scale, RoundingMode.HALF_EVEN))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        Money fundingCost = Money.of(funding, t.amount().currency());
        Money expectedLoss =
                t.amount().times(t.probabilityOfDefault().multiply(t.lossGivenDefault()));
        Money servicing = c.servicingCostPerMonth().times(BigDecimal.valueOf(t.termMonths()));
        Money income = schedule.totalInterest();
        Money profit =
                income.minus(fundingCost)
                        .minus(expectedLoss)
                        .minus(c.dueDiligenceCost())
                        .minus(c.dataCost())
                        .minus(servicing);
        return new UnitEconomics(
                annualRate,
                income,
                fundingCost,
                expectedLoss,
                c.dueDiligenceCost(),
                c.dataCost(),
                servicing,
                profit);
    }

    public static PricingResult price(PricingTerms t, CostParameters c) {
        Money target = t.amount().times(c.targetProfitShare());
        UnitEconomics atMaximum = economicsAt(t, c, c.maximumRate());
        Set<PricingFlag> flags = EnumSet.noneOf(PricingFlag.class);
        if (atMaximum.marginBeforeChecking().compareTo(atMaximum.checkingCost()) < 0) {
            flags.add(PricingFlag.CANNOT_PAY_FOR_CHECKING);
        }
        if (atMaximum.expectedProfit().compareTo(target) < 0) {
            flags.add(PricingFlag.UNPROFITABLE_AT_MAXIMUM_RATE);
            return new PricingResult(atMaximum, false, flags);
        }
        long low = c.floorRate().divide(BASIS_POINT, 0, RoundingMode.CEILING).longValueExact();
        long high = c.maximumRate().divide(BASIS_POINT, 0, RoundingMode.FLOOR).longValueExact();
        UnitEconomics best = atMaximum;
        while (low <= high) {
            long mid = (low + high) >>> 1;
            UnitEconomics e = economicsAt(t, c, BASIS_POINT.multiply(BigDecimal.valueOf(mid)));
            if (e.expectedProfit().compareTo(target) >= 0) {
                best = e;
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return new PricingResult(best, true, flags);
    }

    /**
     * The big-data path's data-cost rule: at the maximum rate, the margin left after funding,
     * expected loss, servicing and due diligence must cover the data cost.
     */
    public static boolean marginCoversDataCost(PricingTerms t, CostParameters c) {
        UnitEconomics e = economicsAt(t, c, c.maximumRate());
        return e.marginBeforeChecking().minus(e.dueDiligenceCost()).compareTo(e.dataCost()) >= 0;
    }
}
