package com.microcredit.origination.infrastructure.provider;

import com.microcredit.origination.domain.scoring.DataSource;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One query to a provider: the source, the request id (the same on every attempt: the provider's
 * idempotency key, so a retried query is not charged twice), the subject's identity number, the
 * JSON body, and the attempts made so far. Each attempt is signed anew with its own timestamp and
 * nonce.
 */
public final class ProviderQuery {

    private final Provider provider;
    private final DataSource source;
    private final String requestId;
    private final String subject;
    private final String body;
    private final AtomicInteger attempts = new AtomicInteger();

    public ProviderQuery(
            Provider provider, DataSource source, String requestId, String subject, String body) {
        this.provider = provider;
        this.source = source;
        this.requestId = requestId;
        this.subject = subject;
        this.body = body;
    }

    public Provider provider() {
        return provider;
    }

    public DataSource source() {
        return source;
    }

    public String requestId() {
        return requestId;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /** Counts an attempt and returns its number (1 for the first). */
    int attempt() {
        return attempts.incrementAndGet();
    }

    public int attempts() {
        return attempts.get();
    }

    /** The path of the source's query endpoint. */
    public String path() {
        return "/v1/sources/" + source.name() + "/queries";
    }

    @Override
    public String toString() {
        // Never the subject: it is an identity number.
        return "ProviderQuery[" + provider + " " + source + " " + requestId + "]";
    }
}
