package com.microcredit.providersim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator as a provider: over mutual TLS with the development certificates (made by keytool
 * in target/), signed requests answered and signed, replays refused, the client certificate of
 * another provider refused, and the behaviours and certificate switches it is told.
 */
class ProviderSimulatorTest {

    private static ProviderSimulator sim;

    @BeforeAll
    static void start() throws IOException {
        sim = ProviderSimulator.start(0, 0, Path.of("target", "test-dev-certs"));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void normal() throws IOException {
        sim.reset();
    }

    @Test
    void aSignedQueryIsAnsweredWithItsRequestEchoedAndASignedAnswer() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> r = query("GOVERNMENT_PLATFORM", "TAX", id, nonce(), now());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"requestId\":\"" + id + "\""), r.body());
        assertTrue(r.body().contains("\"metric\":\"PAID\""), r.body());
        String signature = r.headers().firstValue("X-Mcrc-Signature").orElseThrow();
        String nonce = sim.stats().last("TAX").headers().get("X-Mcrc-Nonce");
        assertEquals(
                RequestVerifier.signAnswer(
                        key("GOVERNMENT_PLATFORM"),
                        200,
                        id,
                        nonce,
                        r.headers().firstValue("X-Mcrc-Timestamp").orElseThrow(),
                        r.body()),
                signature);
    }

    @Test
    void aReplayedRequestIsRefused() throws Exception {
        String nonce = nonce();
        String at = now();
        String id = UUID.randomUUID().toString();
        assertEquals(200, query("GOVERNMENT_PLATFORM", "TAX", id, nonce, at).statusCode());
        HttpResponse<String> again = query("GOVERNMENT_PLATFORM", "TAX", id, nonce, at);
        assertEquals(401, again.statusCode());
        assertTrue(again.body().contains("REPLAYED"), again.body());
    }

    @Test
    void theClientCertificateOfAnotherProviderIsRefused() throws Exception {
        HttpResponse<String> r =
                send(
                        client("UTILITIES"),
                        "GOVERNMENT_PLATFORM",
                        "TAX",
                        UUID.randomUUID().toString(),
                        nonce(),
                        now());
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("CERTIFICATE_NOT_FOR_PROVIDER"), r.body());
    }

    @Test
    void throttlingAnswers429WithRetryAfter() throws Exception {
        sim.behave("CREDIT_REPORT", Behaviour.throttling(7));
        HttpResponse<String> r =
                query(
                        "CREDIT_BUREAU",
                        "CREDIT_REPORT",
                        UUID.randomUUID().toString(),
                        nonce(),
                        now());
        assertEquals(429, r.statusCode());
        assertEquals("7", r.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void aGenuineClientIsRefusedOnceTheSimulatorExpectsAnotherCa() throws Exception {
        sim.certificates(false, true);
        assertThrows(
                IOException.class,
                () ->
                        query(
                                "GOVERNMENT_PLATFORM",
                                "TAX",
                                UUID.randomUUID().toString(),
                                nonce(),
                                now()));
    }

    @Test
    void aRogueServerCertificateFailsTheClientsHandshake() throws Exception {
        sim.certificates(true, false);
        assertThrows(
                SSLHandshakeException.class,
                () ->
                        query(
                                "GOVERNMENT_PLATFORM",
                                "TAX",
                                UUID.randomUUID().toString(),
                                nonce(),
                                now()));
    }

    private HttpResponse<String> query(
            String provider, String source, String id, String nonce, String at) throws Exception {
        return send(client(provider), provider, source, id, nonce, at);
    }

    private HttpResponse<String> send(
            HttpClient http, String provider, String source, String id, String nonce, String at)
            throws Exception {
        String body =
                "{\"requestId\":\""
                        + id
                        + "\",\"source\":\""
                        + source
                        + "\",\"subject\":{\"identityNumber\":\"91330106MA2H00001X\"},"
                        + "\"purpose\":\"CREDIT_ASSESSMENT\",\"consent\":{\"reference\":\"AUTH-1\"},"
                        + "\"asOf\":\"2026-12-07\"}";
        String path = "/v1/sources/" + source + "/queries";
        String digest = RequestVerifier.sha256(body);
        String signature =
                RequestVerifier.sign(
                        key(provider), String.join("\n", "POST", path, at, nonce, digest, "mcrc"));
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("https://localhost:" + sim.port() + path))
                        .header("X-Mcrc-Client", "mcrc")
                        .header("X-Mcrc-Timestamp", at)
                        .header("X-Mcrc-Nonce", nonce)
                        .header("X-Mcrc-Content-SHA256", digest)
                        .header("X-Mcrc-Signature", signature)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] key(String provider) throws IOException {
        Map<String, byte[]> keys = sim.certificates().signingKeys();
        return keys.get(provider);
    }

    /** A fresh client (no pooled connection or session) with the provider's certificate. */
    private static HttpClient client(String provider) throws Exception {
        char[] password = DevelopmentCertificates.PASSWORD.toCharArray();
        KeyStore keys = SimulatorTls.load(sim.certificates().clientStore(provider), password);
        KeyStore trust =
                SimulatorTls.load(
                        sim.certificates().dir().resolve(DevelopmentCertificates.GATEWAY_TRUST),
                        password);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(keys, password);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).build();
    }

    private static String nonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
