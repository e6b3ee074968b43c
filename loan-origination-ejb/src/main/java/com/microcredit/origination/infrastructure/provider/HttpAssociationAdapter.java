package com.microcredit.origination.infrastructure.provider;

import com.microcredit.origination.application.AssociationSourceAdapter;
import com.microcredit.origination.application.DataSourceAdapter;
import com.microcredit.origination.domain.association.AssociatedPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionException;

/** The {@code http} adapter of ASSOCIATED_PERSONS: asks the registry provider over the wire. */
@ApplicationScoped
public class HttpAssociationAdapter implements AssociationSourceAdapter {

    @Inject ProviderRequests requests;

    @Override
    public String name() {
        return HttpSourceAdapter.NAME;
    }

    @Override
    public List<AssociatedPerson> fetch(DataSourceAdapter.SourceRequest request) {
        return answer(request).persons();
    }

    @Override
    public PersonsAnswer answer(DataSourceAdapter.SourceRequest request) {
        try {
            ProviderRequests.Answered a = requests.ask(request).toCompletableFuture().join();
            return new PersonsAnswer(a.checked().persons(), a.call());
        } catch (CompletionException e) {
            if (e.getCause() instanceof DataSourceAdapter.SourceUnavailableException u) {
                throw u;
            }
            throw e;
        }
    }
}
