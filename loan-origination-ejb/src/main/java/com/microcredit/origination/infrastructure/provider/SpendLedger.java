package com.microcredit.origination.infrastructure.provider;

import com.microcredit.origination.application.OriginationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each provider's {@link SpendBudget} on this server: loaded from the query log (the costs every
 * server recorded for the provider today and this month, bank time) on first use and again every
 * {@code mcrc.provider.budget-refresh-seconds}, kept current in between with this server's calls.
 * Another server's spend is therefore seen within the refresh interval: the most a budget can be
 * passed by is what the other servers spend in that time (docs/providers.md).
 */
@ApplicationScoped
public class SpendLedger {

    private record Entry(SpendBudget budget, Instant loadedAt) {}

    private final Map<Provider, Entry> entries = new EnumMap<>(Provider.class);

    @PersistenceContext(unitName = "mcrc")
    EntityManager em;

    @Inject OriginationSettings origination;
    @Inject ProviderSettings settings;

    /** Reserves the call's worst cost; the refusal's budget (DAILY or MONTHLY), or null. */
    public SpendBudget.Refusal reserve(Provider p, ProviderConfig c, BigDecimal worst) {
        LocalDate today = today();
        return budget(p, today).reserve(today, worst, c.dailyBudget(), c.monthlyBudget());
    }

    public void settle(Provider p, BigDecimal worst, BigDecimal cost) {
        LocalDate today = today();
        budget(p, today).settle(today, worst, cost);
    }

    /** What the provider's budget holds now (spent today, this month, reserved). */
    public SpendBudget budgetOf(Provider p) {
        return budget(p, today());
    }

    private SpendBudget budget(Provider p, LocalDate today) {
        Instant now = Instant.now();
        Entry e;
        synchronized (entries) {
            e = entries.get(p);
            if (e != null
                    && e.budget().day().equals(today)
                    && e.loadedAt().plusSeconds(settings.budgetRefreshSeconds()).isAfter(now)) {
                return e.budget();
            }
            SpendBudget b = e == null ? new SpendBudget(today) : e.budget();
            entries.put(p, new Entry(b, now));
            e = entries.get(p);
        }
        ZoneId zone = origination.bankZone();
        BigDecimal day = sum(p, today.atStartOfDay(zone).toInstant());
        BigDecimal month = sum(p, today.withDayOfMonth(1).atStartOfDay(zone).toInstant());
        e.budget().load(today, day, month);
        return e.budget();
    }

    private BigDecimal sum(Provider p, Instant from) {
        BigDecimal s =
                em.createQuery(
                                "select sum(q.cost) from DataQuery q where q.provider = :p"
                                        + " and q.queriedAt >= :from",
                                BigDecimal.class)
                        .setParameter("p", p.name())
                        .setParameter("from", from)
                        .getSingleResult();
        return Optional.ofNullable(s).orElse(BigDecimal.ZERO).setScale(2);
    }

    private LocalDate today() {
        return LocalDate.now(origination.bankZone());
    }
}
