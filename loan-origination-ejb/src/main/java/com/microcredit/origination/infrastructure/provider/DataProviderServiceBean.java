package com.microcredit.origination.infrastructure.provider;

import com.microcredit.origination.api.DataProviderService;
import com.microcredit.origination.api.ProviderStatusView;
import com.microcredit.origination.application.OriginationSettings;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.scoring.DataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Spend per provider from the query log (every server's calls, bank days and months), budgets from
 * the settings, and this server's view of each provider's state.
 */
@Stateless
@RolesAllowed({"RISK_MANAGER", "CREDIT_OFFICER", "AUDITOR"})
public class DataProviderServiceBean implements DataProviderService {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private OriginationSettings origination;
    @Inject private ProviderSettings settings;
    @Inject private ProviderStates states;
    @Inject private Config config;

    @Override
    public List<ProviderStatusView> providers() {
        ZoneId zone = origination.bankZone();
        LocalDate today = LocalDate.now(zone);
        Instant day = today.atStartOfDay(zone).toInstant();
        Instant month = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
        List<ProviderStatusView> result = new ArrayList<>();
        for (Provider p : Provider.values()) {
            Object[] d = totals(p, day);
            Object[] m = totals(p, month);
            Optional<ProviderConfig> c = configured(p);
            ProviderStates.State s = states.of(p);
            result.add(
                    new ProviderStatusView(
                            p.name(),
                            routed(p),
                            (BigDecimal) d[0],
                            c.flatMap(ProviderConfig::dailyBudget).orElse(null),
                            (BigDecimal) m[0],
                            c.flatMap(ProviderConfig::monthlyBudget).orElse(null),
                            (Long) d[1],
                            (Long) d[2],
                            s.circuit(),
                            s.lastError(),
                            s.latencies().percentile(95)));
        }
        return result;
    }

    /** The observational or registry sources this provider answers over the wire now. */
    private List<String> routed(Provider p) {
        List<String> sources = new ArrayList<>();
        for (DataSource s : DataSource.values()) {
            String adapter =
                    config.getOptionalValue("mcrc.gateway.adapter." + s.name(), String.class)
                            .orElse("table");
            if ("http".equals(adapter) && settings.providerOf(s) == p) {
                sources.add(s.name());
            }
        }
        return sources;
    }

    private Optional<ProviderConfig> configured(Provider p) {
        try {
            return Optional.of(settings.of(p));
        } catch (ProviderFailure e) {
            return Optional.empty();
        }
    }

    /** Spend (scale 2), calls and failures of the provider since {@code from}. */
    private Object[] totals(Provider p, Instant from) {
        Object[] row =
                em.createQuery(
                                "select coalesce(sum(q.cost), 0), count(q), sum(case when q.outcome"
                                        + " = :u then 1 else 0 end) from DataQuery q where"
                                        + " q.provider = :p and q.queriedAt >= :from",
                                Object[].class)
                        .setParameter("u", DataQuery.Outcome.UNAVAILABLE)
                        .setParameter("p", p.name())
                        .setParameter("from", from)
                        .getSingleResult();
        BigDecimal spent = new BigDecimal(row[0].toString()).setScale(2);
        long calls = ((Number) row[1]).longValue();
        long failures = row[2] == null ? 0 : ((Number) row[2]).longValue();
        return new Object[] {spent, calls, failures};
    }
}
