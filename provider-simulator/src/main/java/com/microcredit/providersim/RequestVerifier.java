package com.microcredit.providersim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The provider's side of request signing (docs/providers.md, "Signing"): the body digest must match
 * the body, the HMAC-SHA256 signature the canonical text, the timestamp must lie within the window
 * (± {@code window}) and the nonce must not have been seen within it – so a captured request sent
 * again is refused (REPLAYED), and one held back until its nonce is forgotten is refused as stale.
 * Also signs the answers.
 */
public final class RequestVerifier {

    /** Why a request was refused (the error code of the 401 answer), or null when accepted. */
    public enum Refusal {
        SIGNATURE_INVALID,
        DIGEST_MISMATCH,
        STALE,
        REPLAYED
    }

    private final Duration window;
    private final Supplier<Instant> clock;
    private final Map<String, Instant> seen = new LinkedHashMap<>();

    public RequestVerifier(Duration window, Supplier<Instant> clock) {
        this.window = window;
        this.clock = clock;
    }

    /** Checks one request; remembers its nonce when accepted. */
    public Refusal verify(
            byte[] key,
            String method,
            String path,
            String timestamp,
            String nonce,
            String contentSha256,
            String clientId,
            String signature,
            String body) {
        if (timestamp == null || nonce == null || contentSha256 == null || signature == null) {
            return Refusal.SIGNATURE_INVALID;
        }
        if (!sha256(body).equals(contentSha256)) {
            return Refusal.DIGEST_MISMATCH;
        }
        String text = String.join("\n", method, path, timestamp, nonce, contentSha256, clientId);
        if (!MessageDigest.isEqual(
                sign(key, text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return Refusal.SIGNATURE_INVALID;
        }
        Instant now = clock.get();
        Instant at;
        try {
            at = Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return Refusal.SIGNATURE_INVALID;
        }
        if (Duration.between(at, now).abs().compareTo(window) > 0) {
            return Refusal.STALE;
        }
        synchronized (seen) {
            forget(now);
            if (seen.putIfAbsent(nonce, now) != null) {
                return Refusal.REPLAYED;
            }
        }
        return null;
    }

    /** The answer's signature: status, request id, the request's nonce, timestamp, body digest. */
    public static String signAnswer(
            byte[] key, int status, String requestId, String nonce, String timestamp, String body) {
        return sign(
                key,
                String.join(
                        "\n", Integer.toString(status), requestId, nonce, timestamp, sha256(body)));
    }

    /**
     * A nonce first seen at {@code a} carried a timestamp within the window of {@code a}; sent
     * again after {@code a} + 2 × window its timestamp is stale. So nonces are kept, in arrival
     * order, for two windows.
     */
    private void forget(Instant now) {
        Instant oldest = now.minus(window.multipliedBy(2));
        for (Iterator<Instant> it = seen.values().iterator(); it.hasNext(); ) {
            if (!it.next().isBefore(oldest)) {
                return;
            }
            it.remove();
        }
    }

    int remembered() {
        synchronized (seen) {
            return seen.size();
        }
    }

    public static String sha256(String body) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
