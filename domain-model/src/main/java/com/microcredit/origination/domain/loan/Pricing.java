package com.microcredit.origination.domain.loan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The price and unit economics fixed with the decision (every cost item kept for the decision
 * view).
 */
@Embeddable
public class Pricing {

    @Column(name = "annual_rate", precision = 9, scale = 6)
    private BigDecimal annualRate;

    @Column(name = "maximum_rate", precision = 9, scale = 6)
    private BigDecimal maximumRate;

    @Column(name = "pricing_pd", precision = 9, scale = 6)
    private BigDecimal probabilityOfDefault;

    @Column(name = "pricing_lgd", precision = 9, scale = 6)
    private BigDecimal lossGivenDefault;

    @Column(name = "interest_income", precision = 19, scale = 2)
    private BigDecimal interestIncome;

    @Column(name = "funding_cost", precision = 19, scale = 2)
    private BigDecimal fundingCost;

    @Column(name = "expected_loss", precision = 19, scale = 2)
    private BigDecimal expectedLoss;

    @Column(name = "due_diligence_cost", precision = 19, scale = 2)
    private BigDecimal dueDiligenceCost;

    @Column(name = "data_cost", precision = 19, scale = 2)
    private BigDecimal dataCost;

    @Column(name = "servicing_cost", precision = 19, scale = 2)
    private BigDecimal servicingCost;

    @Column(name = "expected_profit", precision = 19, scale = 2)
    private BigDecimal expectedProfit;

    @Column(name = "covers_cost")
    private Boolean coversCost;

    @Column(name = "pricing_flags", length = 200)
    private String flags;

    protected Pricing() {}

    public Pricing(
            BigDecimal annualRate,
            BigDecimal maximumRate,
            BigDecimal probabilityOfDefault,
            BigDecimal lossGivenDefault,
            BigDecimal interestIncome,
            BigDecimal fundingCost,
            BigDecimal expectedLoss,
            BigDecimal dueDiligenceCost,
            BigDecimal dataCost,
            BigDecimal servicingCost,
            BigDecimal expectedProfit,
            boolean coversCost,
            String flags) {
        this.annualRate = annualRate;
        this.maximumRate = maximumRate;
        this.probabilityOfDefault = probabilityOfDefault;
        this.lossGivenDefault = lossGivenDefault;
        this.interestIncome = interestIncome;
        this.fundingCost = fundingCost;
        this.expectedLoss = expectedLoss;
        this.dueDiligenceCost = dueDiligenceCost;
        this.dataCost = dataCost;
        this.servicingCost = servicingCost;
        this.expectedProfit = expectedProfit;
        this.coversCost = coversCost;
        this.flags = flags;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public BigDecimal getMaximumRate() {
        return maximumRate;
    }

    public BigDecimal getProbabilityOfDefault() {
        return probabilityOfDefault;
    }

    public BigDecimal getLossGivenDefault() {
        return lossGivenDefault;
    }

    public BigDecimal getInterestIncome() {
        return interestIncome;
    }

    public BigDecimal getFundingCost() {
        return fundingCost;
    }

    public BigDecimal getExpectedLoss() {
        return expectedLoss;
    }

    public BigDecimal getDueDiligenceCost() {
        return dueDiligenceCost;
    }

    public BigDecimal getDataCost() {
        return dataCost;
    }

    public BigDecimal getServicingCost() {
        return servicingCost;
    }

    public BigDecimal getExpectedProfit() {
        return expectedProfit;
    }

    public boolean isCoversCost() {
        return Boolean.TRUE.equals(coversCost);
    }

    public String getFlags() {
        return flags;
    }
}
