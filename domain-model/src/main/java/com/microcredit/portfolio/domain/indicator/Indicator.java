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

    /**
     * Whether a signal of this indicator belongs to one loan (repayment, flows and fund usage); the
     * others describe the borrower, whichever loan they were seen on.
     */
    public boolean loanLevel() {
        return this == DAYS_PAST_DUE || this == SETTLEMENT_COVERAGE || this == FUND_USAGE;
    }

    /**
     * The loan a signal of the named indicator belongs to: none for a borrower-level indicator, so
     * that a borrower has one open signal per cause whoever raises it (the nightly run per
     * borrower, supply-chain contagion per loan); other rule names keep the loan they name.
     */
    public static String subjectLoan(String indicatorCode, String loanReference) {
        for (Indicator i : values()) {
            if (i.name().equals(indicatorCode)) {
                return i.loanLevel() ? loanReference : null;
            }
        }
        return loanReference;
    }

    /** The configuration key stem of the indicator's thresholds, e.g. {@code days-past-due}. */
    public String configName() {
        return name().toLowerCase().replace('_', '-');
    }
}
