package com.microcredit.providersim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * {@code POST /v1/sources/{SOURCE}/queries}: the provider's side of the contract. In order: the
 * client certificate must be the one issued for this source's provider (403); the body digest,
 * signature, timestamp window and nonce must hold (401: SIGNATURE_INVALID, DIGEST_MISMATCH, STALE,
 * REPLAYED); then the source's behaviour (delay, 429, failure status); the body must name the
 * source, the subject and a consent (400, 403); the answer echoes request id, nonce, source and
 * subject and is signed – or malformed on purpose.
 */
final class QueryHandler implements HttpHandler {

    private static final int MAX_BODY = 64 * 1024;

    private final ProviderSimulator sim;

    QueryHandler(ProviderSimulator sim) {
        this.sim = sim;
    }

    @Override
    public void handle(HttpExchange x) throws IOException {
        try {
            String[] parts = x.getRequestURI().getPath().split("/");
            // "", "v1", "sources", SOURCE, "queries"
            if (!"POST".equals(x.getRequestMethod())
                    || parts.length != 5
                    || !"queries".equals(parts[4])
                    || Providers.ofSource(parts[3]) == null) {
                error(x, 404, null, "NOT_FOUND", "no such endpoint");
                return;
            }
            String source = parts[3];
            String provider = Providers.ofSource(source);
            String body = read(x.getRequestBody());
            sim.stats().received(source, x.getRequestHeaders(), body);
            if (!clientIs(x, Providers.clientName(provider))) {
                error(x, 403, null, "CERTIFICATE_NOT_FOR_PROVIDER", "client certificate");
                return;
            }
            var h = x.getRequestHeaders();
            byte[] key = sim.signingKey(provider);
            RequestVerifier.Refusal refusal =
                    sim.verifier()
                            .verify(
                                    key,
                                    "POST",
                                    x.getRequestURI().getPath(),
                                    h.getFirst("X-Mcrc-Timestamp"),
                                    h.getFirst("X-Mcrc-Nonce"),
                                    h.getFirst("X-Mcrc-Content-SHA256"),
                                    h.getFirst("X-Mcrc-Client"),
                                    h.getFirst("X-Mcrc-Signature"),
                                    body);
            if (refusal != null) {
                sim.stats().refuse(source, refusal.name());
                error(x, 401, null, refusal.name(), "request refused");
                return;
            }
            Behaviour b = sim.behaviourOf(source);
            if (b.delayMs() > 0) {
                sleep(b.delayMs());
            }
            if (b.throttleSeconds() > 0) {
                sim.stats().refuse(source, "THROTTLED");
                x.getResponseHeaders().set("Retry-After", Integer.toString(b.throttleSeconds()));
                error(x, 429, null, "THROTTLED", "too many requests");
                return;
            }
            if (b.failStatus() > 0) {
                sim.stats().refuse(source, "FAILED_" + b.failStatus());
                error(x, b.failStatus(), null, "UNAVAILABLE", "simulated failure");
                return;
            }
            JsonObject q;
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                q = r.readObject();
            } catch (JsonException e) {
                error(x, 400, null, "BAD_REQUEST", "not a JSON object");
                return;
            }
            answer(x, q, source, key, h.getFirst("X-Mcrc-Nonce"), b);
        } finally {
            x.close();
        }
    }

    private void answer(
            HttpExchange x, JsonObject q, String source, byte[] key, String nonce, Behaviour b)
            throws IOException {
        String requestId = q.getString("requestId", null);
        JsonObject subject = q.getJsonObject("subject");
        String identity = subject == null ? null : subject.getString("identityNumber", null);
        JsonObject consent = q.getJsonObject("consent");
        if (requestId == null || identity == null || !source.equals(q.getString("source", ""))) {
            error(x, 400, requestId, "BAD_REQUEST", "requestId, subject or source");
            return;
        }
        if (consent == null || consent.isNull("reference")) {
            error(x, 403, requestId, "CONSENT_MISSING", "no consent reference");
            return;
        }
        boolean repeated = sim.stats().answered(source, requestId);
        LocalDate asOf = LocalDate.parse(q.getString("asOf", LocalDate.now().toString()));
        JsonObjectBuilder a =
                Json.createObjectBuilder()
                        .add(
                                "requestId",
                                "WRONG_REQUEST_ID".equals(b.malformed())
                                        ? "x" + requestId
                                        : requestId)
                        .add("nonce", nonce)
                        .add("source", source)
                        .add(
                                "subject",
                                "WRONG_SUBJECT".equals(b.malformed())
                                        ? "110101199001011234"
                                        : identity)
                        .add("asOf", asOf.minusDays(1).toString())
                        .add("repeated", repeated);
        if (source.equals("ASSOCIATED_PERSONS")) {
            a.add("persons", b.noData() ? Json.createArrayBuilder() : SourceData.persons(identity));
        } else if ("BAD_FACT".equals(b.malformed())) {
            a.add(
                    "facts",
                    Json.createArrayBuilder()
                            .add(
                                    Json.createObjectBuilder()
                                            .add("recordId", "R1")
                                            .add("period", "last month")));
        } else {
            a.add(
                    "facts",
                    b.noData()
                            ? Json.createArrayBuilder()
                            : SourceData.facts(source, identity, asOf));
        }
        String text =
                "GARBAGE".equals(b.malformed())
                        ? "<html>gateway error</html>"
                        : a.build().toString();
        String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        byte[] signingKey = "BAD_SIGNATURE".equals(b.malformed()) ? new byte[32] : key;
        x.getResponseHeaders().set("X-Mcrc-Timestamp", at);
        x.getResponseHeaders()
                .set(
                        "X-Mcrc-Signature",
                        RequestVerifier.signAnswer(signingKey, 200, requestId, nonce, at, text));
        send(x, 200, text);
    }

    private void error(HttpExchange x, int status, String requestId, String code, String message)
            throws IOException {
        JsonObjectBuilder e = Json.createObjectBuilder().add("code", code).add("message", message);
        JsonObjectBuilder o = Json.createObjectBuilder();
        if (requestId != null) {
            o.add("requestId", requestId);
        }
        send(x, status, o.add("error", e).build().toString());
    }

    private static boolean clientIs(HttpExchange x, String name) {
        if (!(x instanceof HttpsExchange https)) {
            return false;
        }
        try {
            X509Certificate cert = (X509Certificate) https.getSSLSession().getPeerCertificates()[0];
            return name.equals(commonName(cert));
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
    }

    private static String commonName(X509Certificate cert) {
        for (String part : cert.getSubjectX500Principal().getName().split(",")) {
            if (part.strip().startsWith("CN=")) {
                return part.strip().substring(3);
            }
        }
        return null;
    }

    private static void send(HttpExchange x, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new IOException("request body over " + MAX_BODY + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
