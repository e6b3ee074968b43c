package com.microcredit.origination.infrastructure.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PublishedSecretsTest {

    private static java.util.function.Function<String, Optional<String>> config(
            Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void withoutAnySettingEveryPublishedSecretIsFoundAndItIsProduction() {
        var none = config(Map.of());
        assertEquals(
                5, PublishedSecrets.inUse(none).size(), PublishedSecrets.inUse(none).toString());
        assertFalse(PublishedSecrets.developmentMode(none));
    }

    @Test
    void realSecretsAreNotFoundAndEachFindingSaysWhatToSet() {
        var real =
                config(
                        Map.of(
                                "mcrc.crypto.keys", "k2026:" + "A".repeat(43) + "=",
                                "mcrc.crypto.active-key", "k2026",
                                "mcrc.crypto.lookup-key", "B".repeat(43) + "=",
                                "user.registry", "ldap",
                                "keystore.password", "a-real-one",
                                "jms.application.password", "a-real-one-too"));
        assertTrue(PublishedSecrets.inUse(real).isEmpty());
        var devKeysOnly =
                config(
                        Map.of(
                                "mcrc.crypto.keys",
                                "k2026:"
                                        + "A".repeat(43)
                                        + "=,dev1:"
                                        + PublishedSecrets.DEV_DATA_KEY,
                                "mcrc.crypto.lookup-key",
                                "B".repeat(43) + "=",
                                "user.registry",
                                "ldap",
                                "keystore.password",
                                "a-real-one",
                                "messaging",
                                "artemis"));
        assertEquals(1, PublishedSecrets.inUse(devKeysOnly).size());
        assertTrue(PublishedSecrets.inUse(devKeysOnly).get(0).contains("MCRC_CRYPTO_KEYS"));
    }

    @Test
    void theDevelopmentMessagingPasswordIsFoundOnlyForTheBuiltInEngine() {
        var builtIn = PublishedSecrets.inUse(config(Map.of("messaging", "builtin")));
        assertTrue(
                builtIn.stream().anyMatch(f -> f.contains("JMS_APPLICATION_PASSWORD")),
                builtIn.toString());
        var realPassword =
                PublishedSecrets.inUse(config(Map.of("jms.application.password", "a-real-one")));
        assertFalse(
                realPassword.stream().anyMatch(f -> f.contains("JMS_APPLICATION_PASSWORD")),
                realPassword.toString());
        var artemis = PublishedSecrets.inUse(config(Map.of("messaging", "artemis")));
        assertFalse(
                artemis.stream().anyMatch(f -> f.contains("JMS_APPLICATION_PASSWORD")),
                artemis.toString());
    }

    @Test
    void developmentModeIsOnlyAnExplicitTrue() {
        assertTrue(PublishedSecrets.developmentMode(config(Map.of("mcrc.dev.mode", "true"))));
        assertTrue(PublishedSecrets.developmentMode(config(Map.of("mcrc.dev.mode", " TRUE "))));
        assertFalse(PublishedSecrets.developmentMode(config(Map.of("mcrc.dev.mode", "yes"))));
        assertFalse(PublishedSecrets.developmentMode(config(Map.of("mcrc.dev.mode", "false"))));
    }

    @Test
    void theKnownDevelopmentKeysAreTheOnesShippedWithTheApplication() throws IOException {
        Properties shipped = new Properties();
        Path file =
                Path.of(
                        "..",
                        "platform-ejb",
                        "src",
                        "main",
                        "resources",
                        "META-INF",
                        "microprofile-config.properties");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            shipped.load(r);
        }
        assertTrue(shipped.getProperty("mcrc.crypto.keys").contains(PublishedSecrets.DEV_DATA_KEY));
        assertEquals(
                PublishedSecrets.DEV_LOOKUP_KEY, shipped.getProperty("mcrc.crypto.lookup-key"));
    }
}
