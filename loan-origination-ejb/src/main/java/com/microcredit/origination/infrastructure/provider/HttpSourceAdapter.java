package com.microcredit.origination.infrastructure.provider;

import com.microcredit.origination.application.DataSourceAdapter;
import com.microcredit.origination.domain.scoring.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The {@code http} adapter of the observation sources: asks the source's provider over the wire
 * (docs/providers.md), in the background, so that the gateway asks every provider at once.
 */
@ApplicationScoped
public class HttpSourceAdapter implements DataSourceAdapter {

    public static final String NAME = "http";

    @Inject ProviderRequests requests;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CompletionStage<SourceAnswer> start(SourceRequest request) {
        return requests.ask(request)
                .thenApply(a -> new SourceAnswer(a.checked().facts(), a.call()));
    }

    @Override
    public List<Observation> fetch(SourceRequest request) {
        try {
            return start(request).toCompletableFuture().join().observations();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SourceUnavailableException u) {
                throw u;
            }
            throw e;
        }
    }
}
