package com.microcredit.providersim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RequestVerifierTest {

    /** The test vector of docs/providers.md ("Signing"), checked by the gateway's test too. */
    static final byte[] KEY =
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    static final String BODY = "{\"requestId\":\"r-1\"}";
    static final String TIMESTAMP = "2026-12-07T06:00:00Z";
    static final String NONCE = "00112233445566778899aabbccddeeff";
    static final String PATH = "/v1/sources/TAX/queries";

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse(TIMESTAMP));
    private final RequestVerifier verifier = new RequestVerifier(Duration.ofMinutes(5), now::get);

    private RequestVerifier.Refusal send(String nonce, String timestamp, String body) {
        String digest = RequestVerifier.sha256(body);
        String signature =
                RequestVerifier.sign(
                        KEY, String.join("\n", "POST", PATH, timestamp, nonce, digest, "mcrc"));
        return verifier.verify(
                KEY, "POST", PATH, timestamp, nonce, digest, "mcrc", signature, body);
    }

    @Test
    void theDocumentedTestVectorSignsAsPublished() {
        String text =
                String.join(
                        "\n", "POST", PATH, TIMESTAMP, NONCE, RequestVerifier.sha256(BODY), "mcrc");
        assertEquals(
                "7b94ae8c02746b5c9d442c3cd57a8c4f47c0ddc83f465f9a24ee9dfce3c20ebc",
                RequestVerifier.sha256(BODY));
        assertEquals(ProviderDocs.SIGNATURE, RequestVerifier.sign(KEY, text));
    }

    @Test
    void aSignedRequestWithinTheWindowIsAccepted() {
        assertNull(send(NONCE, TIMESTAMP, BODY));
    }

    @Test
    void theSameRequestSentAgainIsRefusedAsReplayed() {
        assertNull(send(NONCE, TIMESTAMP, BODY));
        now.set(now.get().plusSeconds(30));
        assertEquals(RequestVerifier.Refusal.REPLAYED, send(NONCE, TIMESTAMP, BODY));
    }

    @Test
    void aRequestHeldBackPastTheWindowIsRefusedAsStaleEvenOnceItsNonceIsForgotten() {
        assertNull(send(NONCE, TIMESTAMP, BODY));
        now.set(now.get().plus(Duration.ofMinutes(11)));
        send("ffeeddccbbaa99887766554433221100", now.get().toString(), BODY); // forgets old nonces
        assertEquals(RequestVerifier.Refusal.STALE, send(NONCE, TIMESTAMP, BODY));
    }

    @Test
    void aTimestampFromTheFutureBeyondTheWindowIsStale() {
        assertEquals(
                RequestVerifier.Refusal.STALE,
                send(NONCE, Instant.parse(TIMESTAMP).plusSeconds(301).toString(), BODY));
    }

    @Test
    void aChangedBodyNoLongerMatchesItsDigest() {
        String digest = RequestVerifier.sha256(BODY);
        String signature =
                RequestVerifier.sign(
                        KEY, String.join("\n", "POST", PATH, TIMESTAMP, NONCE, digest, "mcrc"));
        assertEquals(
                RequestVerifier.Refusal.DIGEST_MISMATCH,
                verifier.verify(
                        KEY,
                        "POST",
                        PATH,
                        TIMESTAMP,
                        NONCE,
                        digest,
                        "mcrc",
                        signature,
                        BODY + " "));
    }

    @Test
    void aSignatureWithAnotherKeyOrForAnotherPathIsInvalid() {
        String digest = RequestVerifier.sha256(BODY);
        String text = String.join("\n", "POST", PATH, TIMESTAMP, NONCE, digest, "mcrc");
        assertEquals(
                RequestVerifier.Refusal.SIGNATURE_INVALID,
                verifier.verify(
                        KEY,
                        "POST",
                        PATH,
                        TIMESTAMP,
                        NONCE,
                        digest,
                        "mcrc",
                        RequestVerifier.sign(new byte[32], text),
                        BODY));
        assertEquals(
                RequestVerifier.Refusal.SIGNATURE_INVALID,
                verifier.verify(
                        KEY,
                        "POST",
                        "/v1/sources/COURTS/queries",
                        TIMESTAMP,
                        NONCE,
                        digest,
                        "mcrc",
                        RequestVerifier.sign(KEY, text),
                        BODY));
    }

    @Test
    void nonceMemoryStaysBoundedToTwoWindows() {
        for (int i = 0; i < 100; i++) {
            now.set(now.get().plusSeconds(10));
            assertNull(send(String.format("%032x", i), now.get().toString(), BODY));
        }
        // 10 s apart, kept for 10 minutes: about 60 remembered, not 100.
        assertEquals(61, verifier.remembered());
    }
}
