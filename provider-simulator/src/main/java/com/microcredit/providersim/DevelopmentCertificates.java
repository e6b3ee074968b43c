package com.microcredit.providersim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Makes the development credentials of the simulator and the gateway with the JDK's keytool, in a
 * directory of their own, at build, test or first run – never committed: a development CA
 * (organisation {@value #ORGANISATION}, which the gateway refuses outside development mode), the
 * simulator's server certificate for localhost, one client certificate per provider, a rogue CA and
 * a rogue server certificate (for the wrong-certificate cases), the trust stores, and a random
 * signing key per provider. Every store is PKCS#12 with the password {@value #PASSWORD}.
 */
public final class DevelopmentCertificates {

    public static final String ORGANISATION = "MCRC Development";
    public static final String PASSWORD = "mcrc-dev-provider";

    /** The simulator's key store: aliases {@code server} and {@code rogue}. */
    public static final String SERVER_STORE = "server.p12";

    /** The CA the simulator trusts for client certificates, and the rogue one it can switch to. */
    public static final String CLIENT_TRUST = "clients-trust.p12";

    public static final String ROGUE_TRUST = "rogue-trust.p12";

    /** The gateway's trust store (the development CA). */
    public static final String GATEWAY_TRUST = "gateway-trust.p12";

    public static final String SIGNING_KEYS = "signing-keys.properties";

    private final Path dir;

    public DevelopmentCertificates(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The client key store of a provider (e.g. client-government-platform.p12). */
    public Path clientStore(String provider) {
        return dir.resolve("client-" + Providers.key(provider) + ".p12");
    }

    /** The file holding a provider's signing key (Base64), for {@code signing-key-file}. */
    public Path signingKeyFile(String provider) {
        return dir.resolve("signing-key-" + Providers.key(provider) + ".txt");
    }

    /** Makes whatever is missing; a complete directory is left as it is. */
    public synchronized DevelopmentCertificates ensure() throws IOException {
        if (Files.isRegularFile(dir.resolve(SIGNING_KEYS))) {
            return this;
        }
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory(dir, "work");
        Path ca = work.resolve("ca.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "ca",
                "-dname",
                "CN=MCRC Development CA, O=" + ORGANISATION,
                "-ext",
                "bc:c",
                "-validity",
                "3650",
                "-keystore",
                ca.toString());
        keytool(
                "-genkeypair",
                "-alias",
                "rogue",
                "-dname",
                "CN=Rogue CA, O=Not The Bank",
                "-ext",
                "bc:c",
                "-validity",
                "3650",
                "-keystore",
                ca.toString());
        leaf(
                ca,
                "ca",
                "server",
                "CN=localhost, O=" + ORGANISATION,
                "serverAuth",
                dir.resolve(SERVER_STORE));
        leaf(
                ca,
                "rogue",
                "rogue",
                "CN=localhost, O=Not The Bank",
                "serverAuth",
                dir.resolve(SERVER_STORE));
        for (String provider : Providers.SOURCES.keySet()) {
            leaf(
                    ca,
                    "ca",
                    "client",
                    "CN=" + Providers.clientName(provider) + ", O=" + ORGANISATION,
                    "clientAuth",
                    clientStore(provider));
        }
        trust(ca, work, "ca", dir.resolve(CLIENT_TRUST));
        trust(ca, work, "ca", dir.resolve(GATEWAY_TRUST));
        trust(ca, work, "rogue", dir.resolve(ROGUE_TRUST));
        Properties keys = new Properties();
        SecureRandom random = new SecureRandom();
        for (String provider : Providers.SOURCES.keySet()) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            keys.setProperty(provider, Base64.getEncoder().encodeToString(key));
        }
        for (String provider : Providers.SOURCES.keySet()) {
            Files.writeString(signingKeyFile(provider), keys.getProperty(provider) + "\n");
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(SIGNING_KEYS))) {
            keys.store(out, "signing keys of the development providers (random per directory)");
        }
        try (var files = Files.list(work)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(work);
        return this;
    }

    /** The signing key of each provider, decoded. */
    public Map<String, byte[]> signingKeys() throws IOException {
        Properties keys = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve(SIGNING_KEYS))) {
            keys.load(in);
        }
        Map<String, byte[]> result = new LinkedHashMap<>();
        keys.stringPropertyNames()
                .forEach(p -> result.put(p, Base64.getDecoder().decode(keys.getProperty(p))));
        return result;
    }

    /**
     * The gateway settings that point every source at a simulator on {@code url} with these
     * credentials (environment-variable names), including development credentials allowed.
     */
    public Map<String, String> gatewayEnvironment(String url) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MCRC_PROVIDER_DEVELOPMENT_CREDENTIALS", "true");
        for (String provider : Providers.SOURCES.keySet()) {
            String p = "MCRC_PROVIDER_" + provider + "_";
            env.put(p + "URL", url);
            env.put(p + "KEY_STORE", clientStore(provider).toAbsolutePath().toString());
            env.put(p + "KEY_STORE_PASSWORD", PASSWORD);
            env.put(p + "TRUST_STORE", dir.resolve(GATEWAY_TRUST).toAbsolutePath().toString());
            env.put(p + "TRUST_STORE_PASSWORD", PASSWORD);
            env.put(p + "SIGNING_KEY_FILE", signingKeyFile(provider).toAbsolutePath().toString());
        }
        return env;
    }

    private void leaf(Path ca, String signer, String alias, String dname, String usage, Path store)
            throws IOException {
        String temp = alias + "-" + Providers.key(usage) + "-" + store.getFileName();
        keytool(
                "-genkeypair",
                "-alias",
                temp,
                "-dname",
                dname,
                "-signer",
                signer,
                "-ext",
                "san=dns:localhost,ip:127.0.0.1",
                "-ext",
                "eku=" + usage,
                "-validity",
                "825",
                "-keystore",
                ca.toString());
        keytool(
                "-importkeystore",
                "-srckeystore",
                ca.toString(),
                "-srcstorepass",
                PASSWORD,
                "-srcalias",
                temp,
                "-destalias",
                alias,
                "-destkeystore",
                store.toString(),
                "-deststorepass",
                PASSWORD,
                "-deststoretype",
                "PKCS12",
                "-noprompt");
    }

    private void trust(Path ca, Path work, String alias, Path store) throws IOException {
        Path pem = work.resolve(alias + ".pem");
        if (!Files.exists(pem)) {
            keytool(
                    "-exportcert",
                    "-rfc",
                    "-alias",
                    alias,
                    "-keystore",
                    ca.toString(),
                    "-file",
                    pem.toString());
        }
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                alias,
                "-file",
                pem.toString(),
                "-keystore",
                store.toString());
    }

    private static void keytool(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        if (!cmd.contains("-importkeystore")) {
            cmd.addAll(List.of("-storepass", PASSWORD, "-storetype", "PKCS12"));
            if (cmd.contains("-genkeypair")) {
                cmd.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1"));
            }
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("keytool " + String.join(" ", args) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        }
    }
}
