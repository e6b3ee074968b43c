package com.microcredit.shared.crypto;

/**
 * The key ring in use by this server, installed once at start-up from configuration (before the
 * schema migration and before any entity is read), and read by the JPA converter and the entities'
 * lookup hashes. Static because JPA converters and entity callbacks are not injected.
 */
public final class FieldProtection {

    private static volatile FieldKeyRing ring;

    private FieldProtection() {}

    public static void install(FieldKeyRing keys) {
        ring = java.util.Objects.requireNonNull(keys, "key ring");
    }

    public static boolean installed() {
        return ring != null;
    }

    public static FieldKeyRing ring() {
        FieldKeyRing r = ring;
        if (r == null) {
            throw new IllegalStateException(
                    "No field encryption keys installed (mcrc.crypto.* configuration, see"
                            + " docs/adr/0011)");
        }
        return r;
    }
}
