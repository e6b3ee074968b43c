package com.microcredit.platform.infrastructure.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that protect personal data at rest: several AES-256 data keys, each under an id, of
 * which one is active (new values are encrypted under it; values under older keys stay readable,
 * which is what makes rotation possible), and one HMAC key for lookup hashes.
 *
 * <p>A protected value is {@code g1.<keyId>.<base64url(iv || ciphertext || tag)>}: AES-GCM with a
 * fresh 96-bit random IV and a 128-bit tag; the key id is authenticated as associated data, so a
 * value cannot be moved under another key id. Tampering with any byte fails decryption.
 *
 * <p>A lookup hash is the hex HMAC-SHA-256 of the value: equal values give equal hashes, so a
 * unique constraint and an index work on it, but without the HMAC key nobody can test guesses
 * against it (an 18-digit identity number has too few possibilities for a plain hash).
 */
public final class FieldKeyRing {

    static final String FORMAT = "g1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> dataKeys;
    private final String activeKeyId;
    private final SecretKey lookupKey;

    /**
     * @param dataKeys AES keys by id (32 bytes each); ids are letters, digits, '-' or '_'
     * @param activeKeyId the id new values are encrypted under
     * @param lookupKey the HMAC key for lookup hashes (at least 32 bytes)
     */
    public FieldKeyRing(Map<String, byte[]> dataKeys, String activeKeyId, byte[] lookupKey) {
        if (dataKeys == null || dataKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one data key is required");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        dataKeys.forEach(
                (id, key) -> {
                    if (id == null || !id.matches("[A-Za-z0-9_-]{1,32}")) {
                        throw new IllegalArgumentException(
                                "key id must be 1 to 32 letters, digits, '-' or '_': " + id);
                    }
                    if (key == null || key.length != 32) {
                        throw new IllegalArgumentException(
                                "data key " + id + " must be 256 bits (32 bytes)");
                    }
                    keys.put(id, new SecretKeySpec(key.clone(), "AES"));
                });
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException(
                    "the active key "
                            + activeKeyId
                            + " is not among the data keys "
                            + keys.keySet());
        }
        if (lookupKey == null || lookupKey.length < 32) {
            throw new IllegalArgumentException("the lookup (HMAC) key must be at least 256 bits");
        }
        this.dataKeys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
        this.lookupKey = new SecretKeySpec(lookupKey.clone(), "HmacSHA256");
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Set<String> keyIds() {
        return dataKeys.keySet();
    }

    /** Encrypts under the active key; null stays null. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.ENCRYPT_MODE,
                    dataKeys.get(activeKeyId),
                    new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(activeKeyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return FORMAT
                    + "."
                    + activeKeyId
                    + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts a value made by {@link #encrypt} under any key of the ring; null stays null. */
    public String decrypt(String sealed) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split("\\.", 3);
        if (parts.length != 3 || !FORMAT.equals(parts[0])) {
            throw new ProtectedValueException(
                    "not a protected value (expected " + FORMAT + ".<key id>.<data>)");
        }
        SecretKey key = dataKeys.get(parts[1]);
        if (key == null) {
            throw new ProtectedValueException(
                    "value encrypted under key " + parts[1] + ", which is not configured");
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(parts[2]);
            if (in.length < IV_BYTES + TAG_BITS / 8) {
                throw new ProtectedValueException("protected value too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(parts[1].getBytes(StandardCharsets.US_ASCII));
            return new String(
                    cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new ProtectedValueException(
                    "protected value under key " + parts[1] + " fails authentication");
        }
    }

    /** The key id a protected value is under (rotation: which rows still need re-encryption). */
    public static String keyIdOf(String sealed) {
        String[] parts = Objects.requireNonNull(sealed, "protected value").split("\\.", 3);
        return parts.length == 3 ? parts[1] : null;
    }

    /** Whether a value is under the active key already. */
    public boolean isCurrent(String sealed) {
        return sealed != null && activeKeyId.equals(keyIdOf(sealed));
    }

    /** The keyed lookup hash (64 hex characters); null stays null. */
    public String lookupHash(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 failed", e);
        }
    }

    @Override
    public String toString() {
        return "FieldKeyRing[keys=" + dataKeys.keySet() + ", active=" + activeKeyId + "]";
    }
}
