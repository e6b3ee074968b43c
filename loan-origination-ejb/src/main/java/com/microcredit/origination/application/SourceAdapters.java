package com.microcredit.origination.application;

import com.microcredit.origination.domain.scoring.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Which adapter answers each source ({@code mcrc.gateway.adapter.<SOURCE>}, default {@code table})
 * and what a query of it costs ({@code mcrc.gateway.cost.<SOURCE>}, else the credit-report or the
 * general cost).
 */
@ApplicationScoped
public class SourceAdapters {

    @Inject @Any Instance<DataSourceAdapter> adapters;

    @Inject @Any Instance<AssociationSourceAdapter> associationAdapters;

    @Inject Config config;

    /**
     * The adapter of the ASSOCIATED_PERSONS source (persons, not observations: an adapter type of
     * its own).
     */
    public AssociationSourceAdapter associationAdapter() {
        String name = adapterName(DataSource.ASSOCIATED_PERSONS);
        for (AssociationSourceAdapter a : associationAdapters) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new DataSourceAdapter.SourceUnavailableException(
                "No associated-persons adapter named "
                        + name
                        + " (mcrc.gateway.adapter."
                        + DataSource.ASSOCIATED_PERSONS.name()
                        + ")");
    }

    private String adapterName(DataSource source) {
        return config.getOptionalValue("mcrc.gateway.adapter." + source.name(), String.class)
                .orElse("table");
    }

    public DataSourceAdapter adapterFor(DataSource source) {
        String name = adapterName(source);
        for (DataSourceAdapter a : adapters) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new DataSourceAdapter.SourceUnavailableException(
                "No data-source adapter named "
                        + name
                        + " (mcrc.gateway.adapter."
                        + source.name()
                        + ")");
    }

    public BigDecimal costOf(DataSource source) {
        Optional<BigDecimal> own =
                config.getOptionalValue("mcrc.gateway.cost." + source.name(), BigDecimal.class);
        return own.orElseGet(
                        () ->
                                config.getValue(
                                        source == DataSource.CREDIT_REPORT
                                                ? "mcrc.gateway.cost.credit-report"
                                                : "mcrc.gateway.cost.other",
                                        BigDecimal.class))
                .setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    public int cacheRetentionHours() {
        return config.getOptionalValue("mcrc.gateway.cache-retention-hours", Integer.class)
                .orElse(24);
    }
}
