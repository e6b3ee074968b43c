package com.microcredit.origination.infrastructure.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.net.ssl.SSLException;

/**
 * One attempt of a provider query: signs the request with a fresh timestamp and nonce, sends it,
 * and turns the answer into checked facts or a {@link ProviderFailure} with its reason code. A
 * transient failure (unreachable, 502/503/504, read timeout) is {@link ProviderFailure.Retryable}
 * only when the provider declares its queries idempotent; a refusal (4xx, 429) is the provider
 * speaking for itself.
 */
@ApplicationScoped
public class ProviderCall {

    static final String TIMEOUT = "PROVIDER_TIMEOUT";
    static final String ERROR = "PROVIDER_ERROR";
    static final String THROTTLED = "PROVIDER_THROTTLED";
    static final String REFUSED = "PROVIDER_REFUSED";
    static final String UNREACHABLE = "PROVIDER_UNREACHABLE";
    static final String TLS = "PROVIDER_TLS_FAILURE";

    private final SecureRandom random = new SecureRandom();

    @Inject ProviderSettings settings;
    @Inject ProviderClients clients;
    @Inject ProviderStates states;

    public ProviderJson.Checked attempt(ProviderQuery q) {
        ProviderConfig c = settings.of(q.provider());
        int attempt = q.attempt();
        String timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        byte[] n = new byte[16];
        random.nextBytes(n);
        String nonce = HexFormat.of().formatHex(n);
        String digest = RequestSigning.sha256(q.body());
        String signature =
                RequestSigning.sign(
                        c.signingKey(),
                        RequestSigning.requestText(
                                "POST", q.path(), timestamp, nonce, digest, c.clientId()));
        ProviderApi api = clients.api(c, q.source());
        long started = System.nanoTime();
        try (Response r =
                api.query(
                        q.source().name(),
                        c.clientId(),
                        c.signingKeyId(),
                        timestamp,
                        nonce,
                        digest,
                        signature,
                        q.body())) {
            String body = r.hasEntity() ? r.readEntity(String.class) : "";
            states.latency(q.provider(), Duration.ofNanos(System.nanoTime() - started));
            return answer(c, q, nonce, r, body, attempt);
        } catch (ProcessingException e) {
            throw transport(c, e);
        }
    }

    private ProviderJson.Checked answer(
            ProviderConfig c, ProviderQuery q, String nonce, Response r, String body, int attempt) {
        int status = r.getStatus();
        if (status == 200) {
            checkSignature(c, q, nonce, r, body, status);
            return ProviderJson.check(body, q, nonce);
        }
        String code = ProviderJson.errorCode(body);
        String detail =
                "HTTP " + status + (code == null ? "" : " " + code) + " (attempt " + attempt + ")";
        if (status == 429) {
            states.throttled(q.provider(), retryAfter(r.getHeaderString("Retry-After")));
            throw new ProviderFailure.Refusal(THROTTLED, detail);
        }
        if (status == 502 || status == 503 || status == 504) {
            throw c.idempotent()
                    ? new ProviderFailure.Retryable(ERROR, detail, true)
                    : new ProviderFailure(ERROR, detail, true);
        }
        if (status >= 500) {
            throw new ProviderFailure(ERROR, detail, true);
        }
        throw new ProviderFailure.Refusal(REFUSED, detail);
    }

    private static void checkSignature(
            ProviderConfig c, ProviderQuery q, String nonce, Response r, String body, int status) {
        String at = r.getHeaderString(RequestSigning.TIMESTAMP);
        String text =
                RequestSigning.answerText(
                        status, q.requestId(), nonce, at, RequestSigning.sha256(body));
        if (at == null
                || !RequestSigning.verify(
                        c.signingKey(), text, r.getHeaderString(RequestSigning.SIGNATURE))) {
            throw new ProviderFailure(
                    ProviderJson.MISMATCH, "answer signature does not verify", true);
        }
        try {
            Duration skew = Duration.between(Instant.parse(at), Instant.now()).abs();
            if (skew.getSeconds() > c.answerSkewSeconds()) {
                throw new ProviderFailure(
                        ProviderJson.MISMATCH,
                        "answer timestamp " + at + " outside the window",
                        true);
            }
        } catch (DateTimeParseException e) {
            throw new ProviderFailure(ProviderJson.MISMATCH, "answer timestamp " + at, true);
        }
    }

    private static ProviderFailure transport(ProviderConfig c, ProcessingException e) {
        Throwable cause = e;
        while (cause.getCause() != null
                && !(cause instanceof SSLException
                        || cause instanceof SocketTimeoutException
                        || cause instanceof ConnectException
                        || cause instanceof UnknownHostException)) {
            cause = cause.getCause();
        }
        String detail = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (cause instanceof SSLException || duringHandshake(e)) {
            return new ProviderFailure(TLS, detail, false);
        }
        if (cause instanceof SocketTimeoutException) {
            return c.idempotent()
                    ? new ProviderFailure.Retryable(TIMEOUT, detail, true)
                    : new ProviderFailure(TIMEOUT, detail, true);
        }
        if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
            return c.idempotent()
                    ? new ProviderFailure.Retryable(UNREACHABLE, detail, false)
                    : new ProviderFailure(UNREACHABLE, detail, false);
        }
        return new ProviderFailure(ERROR, detail, true);
    }

    /**
     * Whether the failure happened inside the TLS handshake: a provider that refuses our client
     * certificate closes the connection there, which the JDK reports as a broken pipe or reset, not
     * as an SSL exception.
     */
    static boolean duringHandshake(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if ("startHandshake".equals(frame.getMethodName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Retry-After in seconds (the HTTP-date form counts as 60 s); at least 1, at most 1 hour. */
    static Duration retryAfter(String header) {
        if (header == null) {
            return Duration.ofSeconds(1);
        }
        try {
            return Duration.ofSeconds(Math.min(3600, Math.max(1, Long.parseLong(header.strip()))));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(60);
        }
    }
}
