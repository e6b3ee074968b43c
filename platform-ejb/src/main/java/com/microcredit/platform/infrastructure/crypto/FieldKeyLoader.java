package com.microcredit.platform.infrastructure.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the {@link FieldKeyRing} from configuration (docs/adr/0011-encryption-at-rest.md); the
 * caller passes a look-up of configuration properties (MicroProfile Config on the server):
 *
 * <ul>
 *   <li>{@code mcrc.crypto.keystore} (optional): a PKCS#12 keystore file with AES secret keys;
 *       alias {@code data-<id>} is data key {@code <id>}, alias {@code lookup} the HMAC key;
 *       password {@code mcrc.crypto.keystore-password}. Keys found there win over the properties
 *       below.
 *   <li>{@code mcrc.crypto.keys}: {@code id:base64,id:base64} – 256-bit data keys.
 *   <li>{@code mcrc.crypto.active-key}: the id new values are encrypted under.
 *   <li>{@code mcrc.crypto.lookup-key}: base64 HMAC key (at least 256 bits) for lookup hashes.
 * </ul>
 */
public final class FieldKeyLoader {

    private FieldKeyLoader() {}

    public static FieldKeyRing load(Function<String, Optional<String>> config) {
        Map<String, byte[]> dataKeys =
                new LinkedHashMap<>(parseKeys(config.apply("mcrc.crypto.keys").orElse("")));
        byte[] lookup =
                config.apply("mcrc.crypto.lookup-key").map(FieldKeyLoader::decode).orElse(null);
        Optional<String> keystore = config.apply("mcrc.crypto.keystore").filter(s -> !s.isBlank());
        if (keystore.isPresent()) {
            char[] password =
                    config.apply("mcrc.crypto.keystore-password").orElse("").toCharArray();
            KeyStore ks = open(Path.of(keystore.get()), password);
            try {
                for (String alias : Collections.list(ks.aliases())) {
                    if (!ks.isKeyEntry(alias)) {
                        continue;
                    }
                    byte[] key = ks.getKey(alias, password).getEncoded();
                    if (alias.equalsIgnoreCase("lookup")) {
                        lookup = key;
                    } else if (alias.toLowerCase().startsWith("data-")) {
                        dataKeys.put(alias.substring(5), key);
                    }
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(
                        "Cannot read the keys of keystore " + keystore.get(), e);
            }
        }
        String active =
                config.apply("mcrc.crypto.active-key")
                        .filter(s -> !s.isBlank())
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "mcrc.crypto.active-key is not configured"));
        return new FieldKeyRing(dataKeys, active, lookup);
    }

    static Map<String, byte[]> parseKeys(String spec) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(
                        "mcrc.crypto.keys entries are <id>:<base64 key>, not "
                                + entry.trim().split(":")[0]
                                + "…");
            }
            keys.put(entry.substring(0, colon).trim(), decode(entry.substring(colon + 1)));
        }
        return keys;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a configured encryption key is not valid base64");
        }
    }

    private static KeyStore open(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the field-encryption keystore " + file, e);
        }
    }
}
