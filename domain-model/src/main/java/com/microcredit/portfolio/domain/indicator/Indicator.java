package com.microcredit.portfolio.domain.indicator;

/**
 * The named indicators, with the figure each one measures and whether a higher figure is worse. The
 * name is the {@code indicator_code} of the signals it raises.
 */
public enum Indicator {
    /** Decline in % of tax paid over the last three months against the three before. */
    INCOME_TREND(true, "% decline of tax paid, last 3 months vs the 3 before"),
    /** Decline in % of electricity consumption (a proxy for production) on the same windows. */
    UTILITY_TREND(true, "% decline of electricity use, last 3 months vs the 3 before"),
    /**
     * Settlement-flow coverage of the last 30 days: credits through the settlement account over the
     * declared turnover expected in them ({@code FlowCoverage}, the one definition; judged by its
     * rule, not by thresholds of its own).
     */
    SETTLEMENT_COVERAGE(
            false, "settlement-flow coverage (30 days' credits / declared turnover expected)"),
    /** Share in % of the loan principal paid out to prohibited industries in the last 90 days. */
    FUND_USAGE(true, "% of principal paid to prohibited industries in 90 days"),
    /** New court judgments and bureau delinquencies in the last 90 days. */
    NEW_CREDIT_RECORDS(true, "new court or bureau records in 90 days"),
    /** Days past due from the repayment schedule. */
    DAYS_PAST_DUE(true, "days past due"),
    /** Health of the borrower's hub: 0 normal, 1 watch, 2 distressed. */
    HUB_DISTRESS(true, "hub health (0 normal, 1 watch, 2 distressed)"),
    /** Other members of the borrower's joint-liability group with a non-performing loan. */
    GROUP_DEFAULT(true, "group members in default");

    private final boolean higherIsWorse;
    private final String measures;

    Indicator(boolean higherIsWorse, String measures) {
        this.higherIsWorse = higherIsWorse;
        this.measures = measures;
    }

    public boolean higherIsWorse() {
        return higherIsWorse;
    }

    /** What the figure is, in words, for the evidence. */
    public String measures() {
        return measures;
    }

    /** The configuration key stem of the indicator's thresholds, e.g. {@code days-past-due}. */
    public String configName() {
        return name().toLowerCase().replace('_', '-');
    }
}
