package com.microcredit.origination.application;

import com.microcredit.origination.application.DataSourceAdapter.CallFacts;
import com.microcredit.origination.application.DataSourceAdapter.SourceAnswer;
import com.microcredit.origination.application.DataSourceAdapter.SourceUnavailableException;
import com.microcredit.origination.domain.borrower.Borrower;
import com.microcredit.origination.domain.consent.CachedResponse;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.consent.DataConsent;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One round of gateway queries for one borrower, purpose and case: the log rows, the answers to
 * keep, the observations, the cost and the sources that could not be read. Refusals, cache hits,
 * answers and failures are turned into rows here, in one place.
 */
final class QueryRound {

    /** The cost rule of a local adapter's query: the per-source price of mcrc.gateway.cost. */
    static final String PER_QUERY = "PER_QUERY";

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final long borrowerId;
    private final ConsentPurpose purpose;
    private final String staff;
    private final String reference;
    private final Instant now;
    final List<DataQuery> rows = new ArrayList<>();
    final List<CachedResponse> fetched = new ArrayList<>();
    final List<Observation> observations = new ArrayList<>();
    final Set<DataSource> unavailable = EnumSet.noneOf(DataSource.class);
    BigDecimal cost = ZERO;

    QueryRound(
            long borrowerId, ConsentPurpose purpose, String staff, String reference, Instant now) {
        this.borrowerId = borrowerId;
        this.purpose = purpose;
        this.staff = staff;
        this.reference = reference;
        this.now = now;
    }

    void refused(DataSource s) {
        rows.add(
                row(s, DataQuery.Outcome.REFUSED, "No valid " + purpose + " consent for " + s, ZERO)
                        .coded("NO_CONSENT")
                        .about(reference, null));
    }

    void cached(DataSource s, CachedResponse hit) {
        observations.addAll(hit.observations());
        rows.add(
                row(
                                s,
                                DataQuery.Outcome.CACHED,
                                "Answer of "
                                        + hit.getFetchedAt()
                                        + " kept until "
                                        + hit.getExpiresAt(),
                                ZERO)
                        .coded("CACHED_ANSWER")
                        .about(reference, hit.getAdapter()));
    }

    /**
     * A source's answer: logged and priced (a provider's call by its contract, a local query at the
     * source's cost), and kept for {@code retentionHours} (none when 0).
     */
    void answered(
            DataSource s,
            String adapter,
            SourceAnswer answer,
            BigDecimal localCost,
            int retention) {
        observations.addAll(answer.observations());
        if (retention > 0) {
            fetched.add(
                    new CachedResponse(
                            borrowerId,
                            s,
                            adapter,
                            answer.observations(),
                            now,
                            now.plus(Duration.ofHours(retention))));
        }
        logAnswer(s, adapter, answer.observations().isEmpty(), answer.call(), localCost);
    }

    /** An answer that is not observations (persons): logged and priced, nothing kept. */
    DataQuery.Outcome logAnswer(
            DataSource s, String adapter, boolean empty, CallFacts call, BigDecimal localCost) {
        BigDecimal c = call == null ? localCost : call.cost();
        cost = cost.add(c);
        DataQuery.Outcome outcome = empty ? DataQuery.Outcome.NO_DATA : DataQuery.Outcome.ANSWERED;
        rows.add(withCall(row(s, outcome, null, c).about(reference, adapter), call));
        return outcome;
    }

    void unavailable(DataSource s, String adapter, SourceUnavailableException e) {
        unavailable.add(s);
        CallFacts call = e.call();
        BigDecimal c = call == null ? ZERO : call.cost();
        cost = cost.add(c);
        rows.add(
                withCall(
                        row(s, DataQuery.Outcome.UNAVAILABLE, truncate(e.getMessage()), c)
                                .coded(e.code())
                                .about(reference, adapter),
                        call));
    }

    private DataQuery row(DataSource s, DataQuery.Outcome outcome, String reason, BigDecimal c) {
        return new DataQuery(now, staff, borrowerId, s, purpose, outcome, reason, c);
    }

    private static DataQuery withCall(DataQuery row, CallFacts call) {
        if (call == null) {
            return row.called(null, null, 1, null, PER_QUERY);
        }
        return row.called(
                        call.provider(),
                        call.requestId(),
                        call.attempts(),
                        call.latencyMs() == null
                                ? null
                                : (int) Math.min(Integer.MAX_VALUE, call.latencyMs()),
                        call.costRule())
                .answeredWith(call.recordIds(), call.asOf());
    }

    /** What the adapter is asked, with the reference of the consent that covers the query. */
    static DataSourceAdapter.SourceRequest request(
            DataSource s,
            Borrower borrower,
            long borrowerId,
            ConsentPurpose purpose,
            List<DataConsent> consents,
            String reference,
            LocalDate today) {
        String consentReference =
                consents.stream()
                        .filter(c -> c.covers(s, purpose, today))
                        .map(DataConsent::getEvidenceReference)
                        .findFirst()
                        .orElse(null);
        return new DataSourceAdapter.SourceRequest(
                s,
                borrowerId,
                borrower == null ? null : borrower.getIdentityNumber(),
                today,
                purpose,
                consentReference,
                reference);
    }

    static String truncate(String s) {
        return s == null ? null : s.length() <= 500 ? s : s.substring(0, 500);
    }
}
