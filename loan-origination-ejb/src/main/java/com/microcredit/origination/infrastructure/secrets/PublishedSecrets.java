package com.microcredit.origination.infrastructure.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which published (development) secrets a configuration still uses, and what to set instead. The
 * values below are in the repository and in every copy of the EAR: anyone can decrypt data
 * encrypted under them, sign in to the demo registry, open the development keystore, or connect to
 * the messaging engine as the application.
 */
public final class PublishedSecrets {

    /** The development data key shipped in portfolio-ejb's microprofile-config.properties. */
    static final String DEV_DATA_KEY = "XXA1lsMG/LcAoJhY8loZ1BfJ4L/iOMdYnccizZChg3w=";

    /** The development lookup (HMAC) key shipped beside it. */
    static final String DEV_LOOKUP_KEY = "I0iB1AKr0bMCMfBHGI5c4I9Mg3gDTrlCdr+ewkjBb1Q=";

    /** The keystore password server.xml falls back to. */
    static final String DEV_KEYSTORE_PASSWORD = "mcrc-dev-keystore";

    /**
     * The password of the application's own messaging identity that messaging.xml falls back to
     * (the demo registry's mcrc-messaging, ADR 0026); only the built-in engine uses it.
     */
    static final String DEV_MESSAGING_PASSWORD = "mcrc-dev-messaging";

    private PublishedSecrets() {}

    /**
     * Development mode: {@code mcrc.dev.mode} (MCRC_DEV_MODE) set to true explicitly. Anything
     * else, including no setting at all, is production.
     */
    public static boolean developmentMode(Function<String, Optional<String>> config) {
        return config.apply("mcrc.dev.mode")
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter("true"::equals)
                .isPresent();
    }

    /**
     * One line per published secret in use, each naming what to set; empty when none is. A value
     * that cannot be read counts as its published default.
     */
    public static List<String> inUse(Function<String, Optional<String>> config) {
        List<String> found = new ArrayList<>();
        boolean keystore =
                config.apply("mcrc.crypto.keystore").filter(s -> !s.isBlank()).isPresent();
        if (config.apply("mcrc.crypto.keys").orElse(DEV_DATA_KEY).contains(DEV_DATA_KEY)) {
            found.add(
                    "the development field-encryption key (dev1) is configured: set"
                            + " MCRC_CRYPTO_KEYS (id:base64 of 32 random bytes) and"
                            + " MCRC_CRYPTO_ACTIVE_KEY, or MCRC_CRYPTO_KEYSTORE with"
                            + " MCRC_CRYPTO_KEYSTORE_PASSWORD, without dev1");
        }
        if (!keystore
                && DEV_LOOKUP_KEY.equals(
                        config.apply("mcrc.crypto.lookup-key").orElse(DEV_LOOKUP_KEY).strip())) {
            found.add(
                    "the development lookup-hash key is configured: set MCRC_CRYPTO_LOOKUP_KEY"
                            + " (base64 of 32 random bytes) or the keystore's alias 'lookup'");
        }
        if ("demo".equalsIgnoreCase(config.apply("user.registry").orElse("demo").strip())) {
            found.add(
                    "the demo user registry (published passwords) is selected: set"
                        + " USER_REGISTRY=ldap and the LDAP_* settings (README, Configuration)");
        }
        if (DEV_KEYSTORE_PASSWORD.equals(
                config.apply("keystore.password").orElse(DEV_KEYSTORE_PASSWORD))) {
            found.add(
                    "the development keystore password is configured: set KEYSTORE_PASSWORD (and a"
                            + " real certificate in the server's keystore)");
        }
        if ("builtin".equalsIgnoreCase(config.apply("messaging").orElse("builtin").strip())
                && DEV_MESSAGING_PASSWORD.equals(
                        config.apply("jms.application.password").orElse(DEV_MESSAGING_PASSWORD))) {
            found.add(
                    "the development messaging password is configured: set JMS_APPLICATION_USER and"
                            + " JMS_APPLICATION_PASSWORD (a service account of the registry, the"
                            + " messaging engine's role application; docs/operations.md)");
        }
        return found;
    }
}
