package com.microcredit.supplychain.application;

import com.microcredit.supplychain.domain.health.HubHealthPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The supply-chain module's configurable rules (defaults in
 * META-INF/microprofile-config.properties): the advance rate, the hub-health thresholds, and the
 * limits of a trade file.
 */
@ApplicationScoped
public class SupplyChainSettings {

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.advance-rate")
    BigDecimal advanceRate;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.min-trade-months")
    int minTradeMonths;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.member-limit-share")
    BigDecimal memberLimitShare;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.max-payment-gap-days")
    int maxPaymentGapDays;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.health.watch-late-share")
    BigDecimal watchLateShare;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.health.distress-late-share")
    BigDecimal distressLateShare;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.health.watch-revenue-trend")
    BigDecimal watchRevenueTrend;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.health.distress-revenue-trend")
    BigDecimal distressRevenueTrend;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.health.watch-bureau-events")
    int watchBureauEvents;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.health.distress-bureau-events")
    int distressBureauEvents;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.health.watch-court-events")
    int watchCourtEvents;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.health.distress-court-events")
    int distressCourtEvents;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.import.currencies")
    String importCurrencies;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.import.max-amount")
    BigDecimal importMaxAmount;

    @Inject
    @ConfigProperty(name = "mcrc.supply-chain.import.max-rows")
    int importMaxRows;

    public HubHealthPolicy healthPolicy() {
        return new HubHealthPolicy(
                watchLateShare,
                distressLateShare,
                watchRevenueTrend,
                distressRevenueTrend,
                watchBureauEvents,
                distressBureauEvents,
                watchCourtEvents,
                distressCourtEvents);
    }

    public BigDecimal advanceRate() {
        return advanceRate;
    }

    public int minTradeMonths() {
        return minTradeMonths;
    }

    public BigDecimal memberLimitShare() {
        return memberLimitShare;
    }

    public int maxPaymentGapDays() {
        return maxPaymentGapDays;
    }

    public Set<String> importCurrencies() {
        return Arrays.stream(importCurrencies.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public BigDecimal importMaxAmount() {
        return importMaxAmount;
    }

    public int importMaxRows() {
        return importMaxRows;
    }
}
