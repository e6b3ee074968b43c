package com.microcredit.origination.infrastructure.provider;

import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.origination.infrastructure.secrets.PublishedSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Reads each provider's settings ({@code mcrc.provider.<key>.…}) and the per-source ones ({@code
 * mcrc.provider.source.<SOURCE>.…}) at every call, so a changed value applies to the next query. A
 * provider without a URL is not configured: its sources are UNAVAILABLE with
 * PROVIDER_NOT_CONFIGURED. The development certificates and keys of the provider simulator are
 * allowed only on a server in development mode ({@code mcrc.dev.mode}, MCRC_DEV_MODE) that also
 * asks for them ({@code mcrc.provider.development-credentials}, default false): the setting alone
 * does not open a production server to the published credentials.
 */
@ApplicationScoped
public class ProviderSettings {

    static final String NOT_CONFIGURED = "PROVIDER_NOT_CONFIGURED";

    @Inject Config config;

    /** The provider that answers the source ({@code mcrc.provider.source.<SOURCE>.provider}). */
    public Provider providerOf(DataSource source) {
        return config.getOptionalValue(
                        "mcrc.provider.source." + source.name() + ".provider", String.class)
                .map(Provider::valueOf)
                .orElseGet(() -> Provider.defaultFor(source));
    }

    /** The source's read timeout in milliseconds (default 2000). */
    public int timeoutMillis(DataSource source) {
        return config.getOptionalValue(
                        "mcrc.provider.source." + source.name() + ".timeout-ms", Integer.class)
                .orElse(2000);
    }

    public boolean developmentCredentialsAllowed() {
        return developmentCredentialsAllowed(name -> config.getOptionalValue(name, String.class));
    }

    static boolean developmentCredentialsAllowed(Function<String, Optional<String>> settings) {
        return PublishedSecrets.developmentMode(settings)
                && settings.apply("mcrc.provider.development-credentials")
                        .map(v -> "true".equalsIgnoreCase(v.strip()))
                        .orElse(false);
    }

    /** How often the spend of other servers is read from the query log (seconds, default 30). */
    public int budgetRefreshSeconds() {
        return config.getOptionalValue("mcrc.provider.budget-refresh-seconds", Integer.class)
                .orElse(30);
    }

    public ProviderConfig of(Provider p) {
        String prefix = "mcrc.provider." + p.key() + ".";
        URI url =
                opt(prefix + "url")
                        .map(URI::create)
                        .orElseThrow(
                                () ->
                                        new ProviderFailure(
                                                NOT_CONFIGURED, prefix + "url is not set", false));
        String key =
                opt(prefix + "signing-key")
                        .or(() -> opt(prefix + "signing-key-file").map(ProviderSettings::read))
                        .orElseThrow(
                                () -> notConfigured(prefix, "signing-key or signing-key-file"));
        byte[] signingKey;
        try {
            signingKey = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw notConfigured(prefix, "signing-key (Base64)");
        }
        if (signingKey.length < 32) {
            throw notConfigured(prefix, "signing-key (at least 32 bytes)");
        }
        double rate =
                config.getOptionalValue(prefix + "rate-per-second", Double.class).orElse(50.0);
        return new ProviderConfig(
                p,
                url,
                opt(prefix + "client-id").orElse("mcrc"),
                opt(prefix + "key-store").orElseThrow(() -> notConfigured(prefix, "key-store")),
                chars(opt(prefix + "key-store-password").orElse("")),
                opt(prefix + "trust-store").orElseThrow(() -> notConfigured(prefix, "trust-store")),
                chars(opt(prefix + "trust-store-password").orElse("")),
                opt(prefix + "signing-key-id").orElse("1"),
                signingKey,
                config.getOptionalValue(prefix + "idempotent", Boolean.class).orElse(false),
                rate,
                config.getOptionalValue(prefix + "burst", Integer.class)
                        .orElse((int) Math.max(1, Math.ceil(rate))),
                money(prefix + "budget.daily"),
                money(prefix + "budget.monthly"),
                money(prefix + "cost.no-data"),
                money(prefix + "cost.failed-call").orElse(BigDecimal.ZERO.setScale(2)),
                config.getOptionalValue(prefix + "connect-timeout-ms", Integer.class).orElse(1000),
                config.getOptionalValue(prefix + "answer-skew-seconds", Integer.class).orElse(300),
                opt(prefix + "tls-protocol").orElse("TLS"));
    }

    private Optional<String> opt(String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }

    private Optional<BigDecimal> money(String name) {
        return config.getOptionalValue(name, BigDecimal.class)
                .map(v -> v.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** A key kept in a file (a mounted secret): its text, trimmed. */
    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new ProviderFailure(
                    NOT_CONFIGURED,
                    "signing-key-file " + file + " unreadable: " + e.getMessage(),
                    false);
        }
    }

    private static char[] chars(String s) {
        return s.toCharArray();
    }

    private static ProviderFailure notConfigured(String prefix, String what) {
        return new ProviderFailure(NOT_CONFIGURED, prefix + what + " is not set", false);
    }
}
