package com.microcredit.origination.infrastructure.provider;

import com.microcredit.origination.domain.scoring.DataSource;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The external providers the bank buys data from, each one line of fault tolerance (its own circuit
 * breaker and bulkhead, {@link ProviderLines}), rate, budget and client certificate. Which provider
 * answers a source is configurable ({@code mcrc.provider.source.<SOURCE>.provider}); the defaults
 * are the usual ones in China.
 */
public enum Provider {
    /**
     * The local government big-data platform: tax, social security, housing fund, courts, customs.
     */
    GOVERNMENT_PLATFORM(
            EnumSet.of(
                    DataSource.TAX,
                    DataSource.SOCIAL_SECURITY,
                    DataSource.HOUSING_FUND,
                    DataSource.COURTS,
                    DataSource.CUSTOMS)),
    /** Water, electricity and gas companies (or the platform's utilities channel). */
    UTILITIES(EnumSet.of(DataSource.WATER, DataSource.ELECTRICITY, DataSource.GAS)),
    /** E-commerce platforms: sales volumes, customer ratings. */
    E_COMMERCE(EnumSet.of(DataSource.E_COMMERCE)),
    /** The licensed credit bureau (the central bank's credit reference centre). */
    CREDIT_BUREAU(EnumSet.of(DataSource.CREDIT_REPORT)),
    /** Business, household and marriage registration and guarantee contracts. */
    REGISTRY(EnumSet.of(DataSource.ASSOCIATED_PERSONS));

    private final Set<DataSource> defaultSources;

    Provider(Set<DataSource> defaultSources) {
        this.defaultSources = defaultSources;
    }

    /** The provider that answers the source unless configured otherwise. */
    public static Provider defaultFor(DataSource source) {
        for (Provider p : values()) {
            if (p.defaultSources.contains(source)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no provider for " + source);
    }

    /** The key of its settings: {@code mcrc.provider.<key>.…}, e.g. government-platform. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
