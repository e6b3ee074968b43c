package com.microcredit.origination.application;

import com.microcredit.origination.domain.association.AssociatedPerson;
import java.util.List;

/**
 * A registry provider of the persons connected to a borrower (business registration, household and
 * marriage registration, guarantee contracts), source {@code ASSOCIATED_PERSONS} behind the
 * gateway. Chosen like the other sources by {@code mcrc.gateway.adapter.ASSOCIATED_PERSONS=<name>}
 * (default {@code table}; {@code http} asks the registry provider over the wire). The gateway
 * checks consent, logs and prices every query: an adapter only fetches, and throws {@link
 * DataSourceAdapter.SourceUnavailableException} when it cannot answer now.
 */
public interface AssociationSourceAdapter {

    /** The persons answered, and the provider call's facts when one was made (else null). */
    record PersonsAnswer(List<AssociatedPerson> persons, DataSourceAdapter.CallFacts call) {}

    /** The name the configuration selects this adapter by. */
    String name();

    /** The persons the provider records as connected to the request's borrower (empty: none). */
    List<AssociatedPerson> fetch(DataSourceAdapter.SourceRequest request);

    /** The persons with the facts of the call that brought them (local adapters: none). */
    default PersonsAnswer answer(DataSourceAdapter.SourceRequest request) {
        return new PersonsAnswer(fetch(request), null);
    }
}
