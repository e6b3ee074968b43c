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
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
// every path that gathers evidence: decisions, collection contacts, the nightly run (ADR 0014)
@RolesAllowed({
    "BRANCH_STAFF",
    "ACCOUNT_MANAGER",
    "CREDIT_OFFICER",
    "RISK_MANAGER",
    "CORE_BANKING",
    "SYSTEM"
})
public class DataGateway {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @EJB private QueryLog log;

    @Inject private SourceAdapters adapters;

    @Inject private OriginationSettings settings;

    /**
     * What the queries returned: observations of the consented sources, refusals, the sources that
     * could not be read this time (provider down, refused before calling), the cost, the thin-file
     * facts.
     */
    public record Answer(
            List<Observation> observations,
            Set<DataSource> consented,
            Set<DataSource> refused,
            Set<DataSource> unavailable,
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
     * (reference). Every remote provider is asked at the same time (each answers or fails within
     * its own timeout); the local adapters answer in this thread meanwhile.
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
        List<DataConsent> consents = consentsOf(borrowerId);
        Set<DataSource> consented = EnumSet.noneOf(DataSource.class);
        Set<DataSource> refused = EnumSet.noneOf(DataSource.class);
        for (DataSource s : sources) {
            (consents.stream().anyMatch(c -> c.covers(s, purpose, today)) ? consented : refused)
                    .add(s);
        }
        Map<DataSource, CachedResponse> cached =
                consented.isEmpty() ? Map.of() : cached(borrowerId, consented, now);
        Borrower borrower = consented.isEmpty() ? null : em.find(Borrower.class, borrowerId);
        QueryRound round = new QueryRound(borrowerId, purpose, staff, reference, now);
        Map<DataSource, DataSourceAdapter> asked = new EnumMap<>(DataSource.class);
        Map<DataSource, CompletionStage<DataSourceAdapter.SourceAnswer>> pending =
                new EnumMap<>(DataSource.class);
        for (DataSource s : sources) {
            if (refused.contains(s)) {
                round.refused(s);
            } else if (cached.containsKey(s)) {
                round.cached(s, cached.get(s));
            } else {
                try {
                    DataSourceAdapter adapter = adapters.adapterFor(s);
                    asked.put(s, adapter);
                    pending.put(
                            s,
                            adapter.start(
                                    QueryRound.request(
                                            s,
                                            borrower,
                                            borrowerId,
                                            purpose,
                                            consents,
                                            reference,
                                            today)));
                } catch (DataSourceAdapter.SourceUnavailableException e) {
                    round.unavailable(s, null, e);
                }
            }
        }
        int retention = adapters.cacheRetentionHours();
        pending.forEach(
                (s, stage) -> {
                    String name = asked.get(s).name();
                    try {
                        round.answered(s, name, await(stage), adapters.costOf(s), retention);
                    } catch (DataSourceAdapter.SourceUnavailableException e) {
                        round.unavailable(s, name, e);
                    }
                });
        log.record(round.rows, round.fetched);
        ThinFile thinFile =
                ThinFile.of(
                        new AlternativeDataProfile(round.observations, today),
                        settings.bigDataMinMonths(),
                        settings.bigDataMinSources());
        return new Answer(
                List.copyOf(round.observations),
                consented,
                refused,
                round.unavailable,
                round.cost,
                thinFile);
    }

    private DataSourceAdapter.SourceAnswer await(
            CompletionStage<DataSourceAdapter.SourceAnswer> stage) {
        try {
            return stage.toCompletableFuture()
                    .get(adapters.answerWaitMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DataSourceAdapter.SourceUnavailableException u) {
                throw u;
            }
            throw new DataSourceAdapter.SourceUnavailableException(
                    DataSourceAdapter.SourceUnavailableException.SOURCE_UNAVAILABLE,
                    String.valueOf(e.getCause()),
                    null);
        } catch (TimeoutException e) {
            throw new DataSourceAdapter.SourceUnavailableException(
                    "PROVIDER_TIMEOUT",
                    "No answer within mcrc.gateway.answer-wait-ms=" + adapters.answerWaitMillis(),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataSourceAdapter.SourceUnavailableException(
                    DataSourceAdapter.SourceUnavailableException.SOURCE_UNAVAILABLE,
                    "Interrupted while waiting for the answer",
                    null);
        }
    }

    private List<DataConsent> consentsOf(long borrowerId) {
        return em.createQuery(
                        "select distinct c from DataConsent c left join fetch c.sources "
                                + "where c.borrowerId = :b and c.revokedAt is null",
                        DataConsent.class)
                .setParameter("b", borrowerId)
                .getResultList();
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
        List<DataConsent> consents = consentsOf(borrowerId);
        QueryRound round = new QueryRound(borrowerId, purpose, staff, reference, now);
        if (consents.stream().noneMatch(c -> c.covers(source, purpose, today))) {
            round.refused(source);
            log.record(round.rows, List.of());
            return new AssociatesAnswer(
                    DataQuery.Outcome.REFUSED,
                    round.rows.get(0).getReason(),
                    List.of(),
                    round.cost);
        }
        Borrower borrower = em.find(Borrower.class, borrowerId);
        AssociationSourceAdapter adapter = null;
        try {
            adapter = adapters.associationAdapter();
            AssociationSourceAdapter.PersonsAnswer answer =
                    adapter.answer(
                            QueryRound.request(
                                    source,
                                    borrower,
                                    borrowerId,
                                    purpose,
                                    consents,
                                    reference,
                                    today));
            List<AssociatedPerson> persons = answer.persons();
            DataQuery.Outcome outcome =
                    round.logAnswer(
                            source,
                            adapter.name(),
                            persons.isEmpty(),
                            answer.call(),
                            adapters.costOf(source));
            log.record(round.rows, List.of());
            return new AssociatesAnswer(outcome, null, List.copyOf(persons), round.cost);
        } catch (DataSourceAdapter.SourceUnavailableException e) {
            round.unavailable(source, adapter == null ? null : adapter.name(), e);
            log.record(round.rows, List.of());
            return new AssociatesAnswer(
                    DataQuery.Outcome.UNAVAILABLE,
                    round.rows.get(0).getReason(),
                    List.of(),
                    round.cost);
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
}
