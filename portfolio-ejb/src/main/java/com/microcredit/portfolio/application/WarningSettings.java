package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.portfolio.domain.indicator.Indicator;
import com.microcredit.portfolio.domain.indicator.IndicatorRules;
import com.microcredit.portfolio.domain.indicator.Thresholds;
import com.microcredit.portfolio.domain.settlement.FlowCoverage;
import com.microcredit.portfolio.domain.settlement.FundUsagePolicy;
import com.microcredit.portfolio.domain.warning.ResponseTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Early-warning and nightly-run settings (defaults in META-INF/microprofile-config.properties): the
 * thresholds of every indicator ({@code mcrc.indicator.<name>.yellow|orange|red}) but settlement
 * coverage, the one settlement-flow coverage rule ({@code mcrc.coverage.threshold}), response days
 * per level, escalation days, prohibited industries, reminder lead time, collection threshold, and
 * the run's partitions and chunk size.
 */
@ApplicationScoped
public class WarningSettings {

    @Inject Config config;

    @Inject @BankZone ZoneId bankZone;

    @Inject
    @ConfigProperty(name = "mcrc.warning.response-days.green")
    int greenDays;

    @Inject
    @ConfigProperty(name = "mcrc.warning.response-days.yellow")
    int yellowDays;

    @Inject
    @ConfigProperty(name = "mcrc.warning.response-days.orange")
    int orangeDays;

    @Inject
    @ConfigProperty(name = "mcrc.warning.response-days.red")
    int redDays;

    @Inject
    @ConfigProperty(name = "mcrc.warning.escalation-days")
    int escalationDays;

    @Inject
    @ConfigProperty(name = "mcrc.fund-usage.prohibited-industries")
    String prohibitedIndustries;

    @Inject
    @ConfigProperty(name = "mcrc.reminder.days-before")
    int reminderDaysBefore;

    @Inject
    @ConfigProperty(name = "mcrc.collection.days-past-due")
    int collectionDays;

    @Inject
    @ConfigProperty(name = "mcrc.coverage.threshold", defaultValue = "0.50")
    BigDecimal coverageThreshold;

    @Inject
    @ConfigProperty(name = "mcrc.nightly.partitions")
    int partitions;

    @Inject
    @ConfigProperty(name = "mcrc.nightly.chunk-size")
    int chunkSize;

    public ResponseTimes responseTimes() {
        return new ResponseTimes(greenDays, yellowDays, orangeDays, redDays, escalationDays);
    }

    public IndicatorRules indicatorRules() {
        Map<Indicator, Thresholds> m = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (i == Indicator.SETTLEMENT_COVERAGE) {
                continue; // judged by the one flow-coverage rule
            }
            String stem = "mcrc.indicator." + i.configName() + ".";
            m.put(
                    i,
                    new Thresholds(
                            i.higherIsWorse(),
                            config.getValue(stem + "yellow", BigDecimal.class),
                            config.getValue(stem + "orange", BigDecimal.class),
                            config.getValue(stem + "red", BigDecimal.class)));
        }
        return new IndicatorRules(m, flowCoverage());
    }

    /** The one settlement-flow coverage rule (domain guide §2.1), for the schedule and the run. */
    public FlowCoverage flowCoverage() {
        return new FlowCoverage(coverageThreshold);
    }

    /**
     * The industries an outgoing payment must not go to ({@code
     * mcrc.fund-usage.prohibited-industries}, the one setting both the settlement stream and the
     * nightly run judge by).
     */
    public FundUsagePolicy fundUsage() {
        return new FundUsagePolicy(List.of(prohibitedIndustries.split(",")));
    }

    public Set<String> prohibitedIndustries() {
        return Set.copyOf(fundUsage().prohibitedPrefixes());
    }

    /** The bank's zone, the platform's one setting ({@code mcrc.bank.zone}). */
    public ZoneId zone() {
        return bankZone;
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone()));
    }

    public int reminderDaysBefore() {
        return reminderDaysBefore;
    }

    public int collectionDays() {
        return collectionDays;
    }

    public int partitions() {
        return partitions;
    }

    public int chunkSize() {
        return chunkSize;
    }
}
