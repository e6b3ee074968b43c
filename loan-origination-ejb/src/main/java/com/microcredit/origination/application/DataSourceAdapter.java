package com.microcredit.origination.application;

import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.domain.scoring.Observation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One provider of external data behind the gateway (tax bureau, utilities, social security, housing
 * provident fund, courts, customs, e-commerce platforms, the central-bank credit report). The
 * shipped local adapters read tables ({@code table}) or files ({@code file}) so the product runs
 * offline; {@code http} asks a provider over mutual TLS (docs/providers.md). The adapter is chosen
 * per source by {@code mcrc.gateway.adapter.<SOURCE>=<name>}. The gateway checks consent, caches,
 * logs and prices every query: an adapter only fetches.
 */
public interface DataSourceAdapter {

    /**
     * What the gateway asks: one source about one borrower (identity number for providers that key
     * by it), why (purpose, the consent's reference, the case) and as of which day.
     */
    record SourceRequest(
            DataSource source,
            long borrowerId,
            String identityNumber,
            LocalDate asOf,
            ConsentPurpose purpose,
            String consentReference,
            String caseReference) {

        /** A request without consent details (local adapters and tests). */
        public SourceRequest(
                DataSource source, long borrowerId, String identityNumber, LocalDate asOf) {
            this(source, borrowerId, identityNumber, asOf, null, null, null);
        }
    }

    /**
     * How a call to a provider went, for the query log: the provider, the request id sent, the
     * attempts, the latency (null when nothing was sent), what the contract charges for it and by
     * which rule, and the provider's record ids and as-of date of an answer.
     */
    record CallFacts(
            String provider,
            String requestId,
            int attempts,
            Long latencyMs,
            BigDecimal cost,
            String costRule,
            String recordIds,
            LocalDate asOf) {}

    /** An answer: the observations, and the call's facts when a provider was called (else null). */
    record SourceAnswer(List<Observation> observations, CallFacts call) {}

    /**
     * A source that cannot answer now (down, misconfigured, unreadable file, or refused before the
     * call: circuit open, rate or budget exhausted). {@code code} is the reason code shown to
     * people; the message is the technical detail; {@code call} the provider call's facts, if one
     * was made or refused.
     */
    class SourceUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The reason code of a local adapter's failure. */
        public static final String SOURCE_UNAVAILABLE = "SOURCE_UNAVAILABLE";

        private final String code;
        private final transient CallFacts call;

        public SourceUnavailableException(String message) {
            this(SOURCE_UNAVAILABLE, message, null);
        }

        public SourceUnavailableException(String code, String message, CallFacts call) {
            super(message);
            this.code = code;
            this.call = call;
        }

        public String code() {
            return code;
        }

        public CallFacts call() {
            return call;
        }
    }

    /** The name the configuration selects this adapter by. */
    String name();

    /**
     * The monthly observations the provider holds for the request's source and borrower (empty:
     * none), in the caller's thread.
     */
    List<Observation> fetch(SourceRequest request);

    /**
     * Starts the fetch. A local adapter answers at once, in the caller's thread and transaction; a
     * remote one returns at once and answers later, so the gateway can ask every provider at the
     * same time. A failure completes the stage with a {@link SourceUnavailableException}.
     */
    default CompletionStage<SourceAnswer> start(SourceRequest request) {
        try {
            return CompletableFuture.completedFuture(new SourceAnswer(fetch(request), null));
        } catch (SourceUnavailableException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
