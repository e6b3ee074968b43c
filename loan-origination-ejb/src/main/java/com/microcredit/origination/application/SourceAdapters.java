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
 * general cost). Read at every query, so a changed setting applies to the next one.
 */
@ApplicationScoped
public class SourceAdapters {

    /** The reason code when the configuration names an adapter that does not exist. */
    static final String ADAPTER_UNKNOWN = "ADAPTER_UNKNOWN";

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
                ADAPTER_UNKNOWN,
                "No associated-persons adapter named "
                        + name
                        + " (mcrc.gateway.adapter."
                        + DataSource.ASSOCIATED_PERSONS.name()
                        + ")",
                null);
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
                ADAPTER_UNKNOWN,
                "No data-source adapter named "
                        + name
                        + " (mcrc.gateway.adapter."
                        + source.name()
                        + ")",
                null);
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

    /** How long an answer is kept and reused at no cost; 0: never kept (every query asks). */
    public int cacheRetentionHours() {
        return Math.max(
                0,
                config.getOptionalValue("mcrc.gateway.cache-retention-hours", Integer.class)
                        .orElse(24));
    }

    /**
     * How long the gateway waits at most for a remote answer (each provider call has its own,
     * shorter timeout; this only guards against a stage that never completes).
     */
    public long answerWaitMillis() {
        return config.getOptionalValue("mcrc.gateway.answer-wait-ms", Long.class).orElse(30_000L);
    }
}
