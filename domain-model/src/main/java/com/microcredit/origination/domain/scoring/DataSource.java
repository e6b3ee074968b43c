package com.microcredit.origination.domain.scoring;

/**
 * External and alternative data sources reached through the data gateway. Behavioural sources
 * count towards the thin-file rule; COURTS and CREDIT_REPORT are records, not behaviour.
 */
public enum DataSource {
    TAX(true), WATER(true), ELECTRICITY(true), GAS(true), SOCIAL_SECURITY(true), HOUSING_FUND(true),
    E_COMMERCE(true), CUSTOMS(true), COURTS(false), CREDIT_REPORT(false);

    private final boolean behavioural;

    DataSource(boolean behavioural) {
        this.behavioural = behavioural;
    }

    public boolean isBehavioural() {
        return behavioural;
    }
}
