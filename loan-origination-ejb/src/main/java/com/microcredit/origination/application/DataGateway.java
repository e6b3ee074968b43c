package com.microcredit.origination.application;

import com.microcredit.origination.domain.association.AssociatedPerson;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.consent.CachedResponse;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataConsent;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.scoring.AlternativeDataProfile;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import com.microcredit.origination.domain.scoring.ThinFile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one gateway to external information. Every query needs a valid consent covering its source
 * and purpose – otherwise it is refused – and every query, answered or refused, is logged with who
 * asked, which borrower, which source, why (purpose and case reference), which adapter answered and
 * what it cost. A source's answer is kept for the retention period ({@code
 * mcrc.gateway.cache-retention-hours}): a repeat query in that time is answered from it at no cost
 * (still only with consent). The thin-file facts (months of history, independent sources) are
 * computed here from what the sources answered.
 */
@Stateless
@PermitAll
public class DataGateway {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private QueryLog log;

    @Inject private SourceAdapters adapters;

    @Inject private OriginationSettings settings;

    /**
     * What the queries returned: observations of the consented sources, refusals, the cost, the
     * thin-file facts.
     */
    public record Answer(
            List<Observation> observations,
            Set<DataSource> consented,
            Set<DataSource> refused,
            BigDecimal cost,
            ThinFile thinFile) {}

    public Answer query(
            long borrowerId,
            Set<DataSource> sources,
            ConsentPurpose purpose,
            String staff,
            LocalDate today,
            Instant now) {
        return query(borrowerId, sources, purpose, staff, null, today, now);
    }

    /**
     * Queries the given sources for one borrower and purpose, as the named staff member, for a case
     * (reference).
     */
    public Answer query(
            long borrowerId,
            Set<DataSource> sources,
            ConsentPurpose purpose,
            String staff,
            String reference,
            LocalDate today,
            Instant now) {
        if (sources.contains(DataSource.ASSOCIATED_PERSONS)) {
            throw new IllegalArgumentException(
                    "ASSOCIATED_PERSONS answers persons, not observations: use associatedPersons");
        }
        List<DataConsent> consents =
                em.createQuery(
                                "select distinct c from DataConsent c left join fetch c.sources "
                                        + "where c.borrowerId = :b and c.revokedAt is null",
                                DataConsent.class)
                        .setParameter("b", borrowerId)
                        .getResultList();
        Set<DataSource> consented = EnumSet.noneOf(DataSource.class);
        Set<DataSource> refused = EnumSet.noneOf(DataSource.class);
        for (DataSource s : sources) {
            (consents.stream().anyMatch(c -> c.covers(s, purpose, today)) ? consented : refused)
                    .add(s);
        }
        Map<DataSource, CachedResponse> cached =
                consented.isEmpty() ? Map.of() : cached(borrowerId, consented, now);
        Borrower borrower = consented.isEmpty() ? null : em.find(Borrower.class, borrowerId);
        List<DataQuery> rows = new ArrayList<>();
        List<CachedResponse> fetched = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal cost = zero;
        for (DataSource s : sources) {
            if (refused.contains(s)) {
                rows.add(
                        new DataQuery(
                                        now,
                                        staff,
                                        borrowerId,
                                        s,
                                        purpose,
                                        DataQuery.Outcome.REFUSED,
                                        "No valid " + purpose + " consent for " + s,
                                        zero)
                                .about(reference, null));
                continue;
            }
            CachedResponse hit = cached.get(s);
            if (hit != null) {
                observations.addAll(hit.observations());
                rows.add(
                        new DataQuery(
                                        now,
                                        staff,
                                        borrowerId,
                                        s,
                                        purpose,
                                        DataQuery.Outcome.CACHED,
                                        "Answer of "
                                                + hit.getFetchedAt()
                                                + " kept until "
                                                + hit.getExpiresAt(),
                                        zero)
                                .about(reference, hit.getAdapter()));
                continue;
            }
            DataSourceAdapter adapter = null;
            try {
                adapter = adapters.adapterFor(s);
                List<Observation> answer =
                        adapter.fetch(
                                new DataSourceAdapter.SourceRequest(
                                        s,
                                        borrowerId,
                                        borrower == null ? null : borrower.getIdentityNumber(),
                                        today));
                BigDecimal c = adapters.costOf(s);
                cost = cost.add(c);
                observations.addAll(answer);
                fetched.add(
                        new CachedResponse(
                                borrowerId,
                                s,
                                adapter.name(),
                                answer,
                                now,
                                now.plus(Duration.ofHours(adapters.cacheRetentionHours()))));
                rows.add(
                        new DataQuery(
                                        now,
                                        staff,
                                        borrowerId,
                                        s,
                                        purpose,
                                        answer.isEmpty()
                                                ? DataQuery.Outcome.NO_DATA
                                                : DataQuery.Outcome.ANSWERED,
                                        null,
                                        c)
                                .about(reference, adapter.name()));
            } catch (DataSourceAdapter.SourceUnavailableException e) {
                rows.add(
                        new DataQuery(
                                        now,
                                        staff,
                                        borrowerId,
                                        s,
                                        purpose,
                                        DataQuery.Outcome.UNAVAILABLE,
                                        truncate(e.getMessage()),
                                        zero)
                                .about(reference, adapter == null ? null : adapter.name()));
            }
        }
        log.record(rows, fetched);
        ThinFile thinFile =
                ThinFile.of(
                        new AlternativeDataProfile(observations, today),
                        settings.bigDataMinMonths(),
                        settings.bigDataMinSources());
        return new Answer(List.copyOf(observations), consented, refused, cost, thinFile);
    }

    /**
     * What the associated-persons source answered: the outcome as logged (ANSWERED, NO_DATA,
     * REFUSED, UNAVAILABLE), the reason of a refusal or failure, the persons (empty unless
     * ANSWERED), the cost.
     */
    public record AssociatesAnswer(
            DataQuery.Outcome outcome,
            String reason,
            List<AssociatedPerson> persons,
            BigDecimal cost) {}

    /**
     * Queries the ASSOCIATED_PERSONS source for one borrower, as the named staff member, for a case
     * (reference: the loan being collected). Consent for the source and purpose is checked first; a
     * refusal asks nothing and answers no one. Not cached, unlike the observation sources: the
     * query is made when a collector opens the case, and who the borrower's guarantors and family
     * are must be as fresh as the registry is. Logged like every query, in its own transaction.
     */
    public AssociatesAnswer associatedPersons(
            long borrowerId,
            ConsentPurpose purpose,
            String staff,
            String reference,
            LocalDate today,
            Instant now) {
        DataSource source = DataSource.ASSOCIATED_PERSONS;
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        boolean consented =
                em
                        .createQuery(
                                "select distinct c from DataConsent c left join fetch c.sources "
                                        + "where c.borrowerId = :b and c.revokedAt is null",
                                DataConsent.class)
                        .setParameter("b", borrowerId)
                        .getResultList()
                        .stream()
                        .anyMatch(c -> c.covers(source, purpose, today));
        if (!consented) {
            String reason = "No valid " + purpose + " consent for " + source;
            log.record(
                    List.of(
                            new DataQuery(
                                            now,
                                            staff,
                                            borrowerId,
                                            source,
                                            purpose,
                                            DataQuery.Outcome.REFUSED,
                                            reason,
                                            zero)
                                    .about(reference, null)),
                    List.of());
            return new AssociatesAnswer(DataQuery.Outcome.REFUSED, reason, List.of(), zero);
        }
        Borrower borrower = em.find(Borrower.class, borrowerId);
        AssociationSourceAdapter adapter = null;
        try {
            adapter = adapters.associationAdapter();
            List<AssociatedPerson> persons =
                    adapter.fetch(
                            new DataSourceAdapter.SourceRequest(
                                    source,
                                    borrowerId,
                                    borrower == null ? null : borrower.getIdentityNumber(),
                                    today));
            BigDecimal cost = adapters.costOf(source);
            DataQuery.Outcome outcome =
                    persons.isEmpty() ? DataQuery.Outcome.NO_DATA : DataQuery.Outcome.ANSWERED;
            log.record(
                    List.of(
                            new DataQuery(
                                            now,
                                            staff,
                                            borrowerId,
                                            source,
                                            purpose,
                                            outcome,
                                            null,
                                            cost)
                                    .about(reference, adapter.name())),
                    List.of());
            return new AssociatesAnswer(outcome, null, List.copyOf(persons), cost);
        } catch (DataSourceAdapter.SourceUnavailableException e) {
            String reason = truncate(e.getMessage());
            log.record(
                    List.of(
                            new DataQuery(
                                            now,
                                            staff,
                                            borrowerId,
                                            source,
                                            purpose,
                                            DataQuery.Outcome.UNAVAILABLE,
                                            reason,
                                            zero)
                                    .about(reference, adapter == null ? null : adapter.name())),
                    List.of());
            return new AssociatesAnswer(DataQuery.Outcome.UNAVAILABLE, reason, List.of(), zero);
        }
    }

    private Map<DataSource, CachedResponse> cached(
            long borrowerId, Set<DataSource> sources, Instant now) {
        Map<DataSource, CachedResponse> latest = new EnumMap<>(DataSource.class);
        em.createQuery(
                        "select r from CachedResponse r where r.borrowerId = :b and r.source in :s "
                                + "and r.expiresAt > :now order by r.fetchedAt",
                        CachedResponse.class)
                .setParameter("b", borrowerId)
                .setParameter("s", sources)
                .setParameter("now", now)
                .getResultList()
                .forEach(r -> latest.put(r.getSource(), r));
        return latest;
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() <= 500 ? s : s.substring(0, 500);
    }
}
