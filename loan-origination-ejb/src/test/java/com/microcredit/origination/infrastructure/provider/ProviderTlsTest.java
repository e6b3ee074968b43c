package com.microcredit.origination.infrastructure.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Development credentials are refused unless allowed; a bank's own are used. */
class ProviderTlsTest {

    private static final Path DIR = Path.of("target", "provider-tls-test");

    @BeforeAll
    static void stores() throws Exception {
        Files.createDirectories(DIR);
        store("dev.p12", "CN=mcrc-government-platform, O=MCRC Development", "store-pass-1");
        store("bank.p12", "CN=mcrc-government-platform, O=Hangzhou Example Bank", "store-pass-1");
        store(
                "published.p12",
                "CN=mcrc-government-platform, O=Hangzhou Example Bank",
                ProviderTls.DEVELOPMENT_PASSWORD);
    }

    private static void store(String name, String dname, String password) throws Exception {
        Path file = DIR.resolve(name);
        if (Files.exists(file)) {
            return;
        }
        Process p =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "keytool")
                                        .toString(),
                                "-genkeypair",
                                "-alias",
                                "client",
                                "-keyalg",
                                "EC",
                                "-groupname",
                                "secp256r1",
                                "-dname",
                                dname,
                                "-storetype",
                                "PKCS12",
                                "-storepass",
                                password,
                                "-keystore",
                                file.toString())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }

    private static ProviderConfig config(String keyStore, String password) {
        return new ProviderConfig(
                Provider.GOVERNMENT_PLATFORM,
                URI.create("https://localhost:1"),
                "mcrc",
                DIR.resolve(keyStore).toString(),
                password.toCharArray(),
                DIR.resolve("bank.p12").toString(),
                "store-pass-1".toCharArray(),
                "1",
                new byte[32],
                false,
                10,
                10,
                Optional.empty(),
                Optional.empty(),
                Optional.of(BigDecimal.ONE),
                BigDecimal.ZERO,
                1000,
                300,
                "TLS");
    }

    @Test
    void aDevelopmentCertificateIsRefusedOutsideDevelopmentMode() {
        ProviderFailure f =
                assertThrows(
                        ProviderFailure.class,
                        () -> ProviderTls.context(config("dev.p12", "store-pass-1"), false));
        assertEquals(ProviderTls.CREDENTIALS_REFUSED, f.code());
    }

    @Test
    void thePublishedDevelopmentPasswordIsRefusedOutsideDevelopmentMode() {
        assertThrows(
                ProviderFailure.class,
                () ->
                        ProviderTls.context(
                                config("published.p12", ProviderTls.DEVELOPMENT_PASSWORD), false));
    }

    @Test
    void developmentCredentialsWorkWhenAllowed() {
        assertNotNull(ProviderTls.context(config("dev.p12", "store-pass-1"), true));
    }

    @Test
    void theBanksOwnCertificateIsUsedOutsideDevelopmentMode() {
        assertNotNull(ProviderTls.context(config("bank.p12", "store-pass-1"), false));
    }

    @Test
    void aWrongPasswordIsAClearRefusalNotACrash() {
        ProviderFailure f =
                assertThrows(
                        ProviderFailure.class,
                        () -> ProviderTls.context(config("bank.p12", "wrong"), false));
        assertEquals(ProviderTls.CREDENTIALS_REFUSED, f.code());
    }
}
