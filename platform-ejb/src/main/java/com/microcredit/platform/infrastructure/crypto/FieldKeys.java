package com.microcredit.platform.infrastructure.crypto;

import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.persistence.FieldCipher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The key ring of this server (ADR 0011), built once per application from configuration ({@link
 * FieldKeyLoader}: {@code mcrc.crypto.*}) by the container: the {@link FieldCipher} the JPA
 * converter of every encrypted attribute is injected with, the {@link LookupHasher} application
 * services hand to the entities that index an encrypted number, and the ring the Java migrations
 * re-encrypt with. Nothing static: each application gets its own ring from its own configuration.
 */
@ApplicationScoped
public class FieldKeys implements FieldCipher, LookupHasher {

    private static final Logger LOG = Logger.getLogger(FieldKeys.class.getName());

    @Inject Config config;

    private FieldKeyRing ring;

    /** For CDI. */
    public FieldKeys() {}

    /** A ring given directly (tests, tools). */
    public FieldKeys(FieldKeyRing ring) {
        this.ring = ring;
    }

    @PostConstruct
    void load() {
        ring = FieldKeyLoader.load(name -> config.getOptionalValue(name, String.class));
        LOG.info(
                () ->
                        "Field encryption keys "
                                + ring.keyIds()
                                + " loaded; active key "
                                + ring.activeKeyId());
    }

    /** The ring itself, for the Java migrations that re-encrypt stored values. */
    public FieldKeyRing ring() {
        return ring;
    }

    @Override
    public String encrypt(String plain) {
        return ring.encrypt(plain);
    }

    @Override
    public String decrypt(String sealed) {
        return ring.decrypt(sealed);
    }

    @Override
    public String hash(String value) {
        return ring.lookupHash(value);
    }
}
