package com.microcredit.origination.application;

import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataConsent;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one gateway to external information. The shipped source reads the alternative_data table
 * (so the product runs offline); a real provider is another reader behind {@link #query}. Every
 * query needs a valid consent covering its source and purpose – otherwise it is refused – and
 * every query, answered or refused, is logged with who asked, why and what it cost.
 */
@Stateless
@PermitAll
public class DataGateway {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB
    private QueryLog log;

    @Inject
    @ConfigProperty(name = "mcrc.gateway.cost.credit-report")
    BigDecimal creditReportCost;

    @Inject
    @ConfigProperty(name = "mcrc.gateway.cost.other")
    BigDecimal otherCost;

    /** What the queries returned: the observations of the consented sources, and which sources were refused. */
    public record Answer(List<Observation> observations, Set<DataSource> consented, Set<DataSource> refused,
            BigDecimal cost) {
    }

    /** Queries the given sources for one borrower and purpose, as the named staff member. */
    public Answer query(long borrowerId, Set<DataSource> sources, ConsentPurpose purpose, String staff,
                        LocalDate today, Instant now) {
        List<DataConsent> consents = em.createQuery(
                        "select distinct c from DataConsent c left join fetch c.sources "
                                + "where c.borrowerId = :b and c.revokedAt is null", DataConsent.class)
                .setParameter("b", borrowerId).getResultList();
        Set<DataSource> consented = EnumSet.noneOf(DataSource.class);
        Set<DataSource> refused = EnumSet.noneOf(DataSource.class);
        for (DataSource s : sources) {
            (consents.stream().anyMatch(c -> c.covers(s, purpose, today)) ? consented : refused).add(s);
        }
        Map<DataSource, List<Observation>> bySource = consented.isEmpty() ? Map.of()
                : em.createQuery("select new com.microcredit.origination.domain.scoring.Observation(d.source, d.period, "
                                + "d.metric, d.amount) from AlternativeDatum d where d.borrowerId = :b and d.source in :s",
                                Observation.class) // read as values: nothing to manage or clone
                        .setParameter("b", borrowerId).setParameter("s", consented).getResultList().stream()
                        .collect(Collectors.groupingBy(Observation::source));
        List<DataQuery> rows = new ArrayList<>();
        BigDecimal cost = BigDecimal.ZERO.setScale(2);
        for (DataSource s : sources) {
            if (refused.contains(s)) {
                rows.add(new DataQuery(now, staff, borrowerId, s, purpose, DataQuery.Outcome.REFUSED,
                        "No valid " + purpose + " consent for " + s, BigDecimal.ZERO.setScale(2)));
            } else {
                BigDecimal c = s == DataSource.CREDIT_REPORT ? creditReportCost : otherCost;
                cost = cost.add(c);
                boolean any = bySource.containsKey(s);
                rows.add(new DataQuery(now, staff, borrowerId, s, purpose,
                        any ? DataQuery.Outcome.ANSWERED : DataQuery.Outcome.NO_DATA, null, c));
            }
        }
        log.record(rows);
        List<Observation> observations = bySource.values().stream().flatMap(List::stream).toList();
        return new Answer(observations, consented, refused, cost);
    }
}
