package com.microcredit.origination.infrastructure.secrets;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start the application outside development mode while a published secret is in use (the
 * development field-encryption keys, the demo user registry, the development keystore password, the
 * development password of the application's messaging identity): the start fails with a log message
 * saying exactly what to set. In development mode (MCRC_DEV_MODE=true, as the README's run command
 * and the test builds set it) it warns instead. The demo data loader waits for it
 * ({@code @DependsOn}), so no demo borrower is encrypted under published keys on a production
 * server. Server variables (user.registry, keystore.password) are read through MicroProfile Config,
 * where Liberty publishes them; environment variables of the same name in upper case are read as
 * well.
 */
@Singleton
@Startup
public class ProductionSecretsGuard {

    private static final Logger LOG = Logger.getLogger(ProductionSecretsGuard.class.getName());

    @Inject private Config config;

    @PostConstruct
    void check() {
        List<String> published = PublishedSecrets.inUse(this::value);
        if (published.isEmpty()) {
            return;
        }
        String list = String.join("\n  - ", published);
        if (PublishedSecrets.developmentMode(this::value)) {
            LOG.warning(
                    "DEVELOPMENT MODE (MCRC_DEV_MODE=true): running with published secrets, never"
                            + " for real data:\n  - "
                            + list);
            return;
        }
        String message =
                "Refusing to start: published development secrets are configured and development"
                        + " mode is off:\n  - "
                        + list
                        + "\n  Set the values above, or MCRC_DEV_MODE=true for a development or"
                        + " evaluation server only (docs/security.md).";
        LOG.severe(message);
        throw new IllegalStateException(message);
    }

    private Optional<String> value(String name) {
        Optional<String> configured = config.getOptionalValue(name, String.class);
        if (configured.isPresent()) {
            return configured;
        }
        return Optional.ofNullable(
                System.getenv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_')));
    }
}
