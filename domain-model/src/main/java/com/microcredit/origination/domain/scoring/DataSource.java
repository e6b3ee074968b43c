package com.microcredit.origination.domain.scoring;

/**
 * External and alternative data sources reached through the data gateway. Behavioural sources count
 * towards the thin-file rule; COURTS and CREDIT_REPORT are records, not behaviour, and so is
 * ASSOCIATED_PERSONS (business, household and marriage registration and guarantee contracts: who is
 * connected to a borrower, for collection; it answers persons, not monthly observations).
 */
public enum DataSource {
    TAX(true),
    WATER(true),
    ELECTRICITY(true),
    GAS(true),
    SOCIAL_SECURITY(true),
    HOUSING_FUND(true),
    E_COMMERCE(true),
    CUSTOMS(true),
    COURTS(false),
    CREDIT_REPORT(false),
    ASSOCIATED_PERSONS(false);

    private final boolean behavioural;

    DataSource(boolean behavioural) {
        this.behavioural = behavioural;
    }

    /**
     * Every source that answers monthly observations (all but ASSOCIATED_PERSONS): what a decision
     * queries.
     */
    public static java.util.Set<DataSource> observational() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(ASSOCIATED_PERSONS));
    }

    public boolean isObservational() {
        return this != ASSOCIATED_PERSONS;
    }

    public boolean isBehavioural() {
        return behavioural;
    }
}
