package com.microcredit.origination.infrastructure.provider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signatures of the provider contract (docs/providers.md, "Signing"): HMAC-SHA256 with the key
 * shared with the provider, over a canonical text of the request (method, path, timestamp, nonce,
 * SHA-256 of the body, client id) or of the answer (status, request id, the request's nonce, the
 * answer's timestamp, SHA-256 of its body), lines joined by a line feed, Base64 encoded. The
 * provider refuses a request whose timestamp is outside its window or whose nonce it has seen: a
 * captured request cannot be sent again.
 */
public final class RequestSigning {

    /** Headers of a signed request and answer. */
    public static final String CLIENT = "X-Mcrc-Client";

    public static final String KEY_ID = "X-Mcrc-Key-Id";
    public static final String TIMESTAMP = "X-Mcrc-Timestamp";
    public static final String NONCE = "X-Mcrc-Nonce";
    public static final String CONTENT_SHA256 = "X-Mcrc-Content-SHA256";
    public static final String SIGNATURE = "X-Mcrc-Signature";

    private RequestSigning() {}

    public static String requestText(
            String method,
            String path,
            String timestamp,
            String nonce,
            String bodySha256,
            String clientId) {
        return String.join("\n", method, path, timestamp, nonce, bodySha256, clientId);
    }

    public static String answerText(
            int status, String requestId, String nonce, String timestamp, String bodySha256) {
        return String.join("\n", Integer.toString(status), requestId, nonce, timestamp, bodySha256);
    }

    /** Lower-case hex SHA-256 of the UTF-8 text. */
    public static String sha256(String body) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String sign(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Compares in constant time; a missing signature never matches. */
    public static boolean verify(byte[] key, String text, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(key, text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
