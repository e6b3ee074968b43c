package com.microcredit.origination.infrastructure.provider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The mutual-TLS context of one provider: our client certificate (key store) and the certificates
 * we trust for the provider (trust store, nothing else: not the JDK's public CAs). Certificates of
 * the development CA (organisation {@value #DEVELOPMENT_ORGANISATION}, made by the provider
 * simulator) and the published development password are refused unless development credentials are
 * allowed. Key and trust managers and the context come from the JDK's own provider (SunJSSE) by
 * name: the server's algorithms are its own (its default SSL configuration), which a provider's
 * context must not use.
 */
public final class ProviderTls {

    /** The organisation of every certificate the simulator's development CA issues. */
    public static final String DEVELOPMENT_ORGANISATION = "MCRC Development";

    /** The password of the development key and trust stores (published in the repository). */
    public static final String DEVELOPMENT_PASSWORD = "mcrc-dev-provider";

    static final String CREDENTIALS_REFUSED = "PROVIDER_CREDENTIALS_REFUSED";

    private ProviderTls() {}

    public static SSLContext context(ProviderConfig c, boolean developmentAllowed) {
        try {
            KeyStore keys = load(c.keyStore(), c.keyStorePassword());
            KeyStore trusted = load(c.trustStore(), c.trustStorePassword());
            if (!developmentAllowed) {
                refuseDevelopment(c, keys, trusted);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509", "SunJSSE");
            kmf.init(keys, c.keyStorePassword());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX", "SunJSSE");
            tmf.init(trusted);
            SSLContext context = SSLContext.getInstance(c.tlsProtocol(), "SunJSSE");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new ProviderFailure(
                    CREDENTIALS_REFUSED,
                    "key or trust store of " + c.provider() + " unusable: " + e.getMessage(),
                    false);
        }
    }

    /** Whether the store holds a certificate of the development CA. */
    static boolean holdsDevelopmentCertificate(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            Certificate[] chain =
                    store.isKeyEntry(alias)
                            ? store.getCertificateChain(alias)
                            : new Certificate[] {store.getCertificate(alias)};
            for (Certificate cert : chain == null ? new Certificate[0] : chain) {
                if (cert instanceof X509Certificate x
                        && x.getSubjectX500Principal()
                                .getName()
                                .toUpperCase(Locale.ROOT)
                                .contains(
                                        "O=" + DEVELOPMENT_ORGANISATION.toUpperCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void refuseDevelopment(ProviderConfig c, KeyStore keys, KeyStore trusted)
            throws GeneralSecurityException {
        boolean published =
                DEVELOPMENT_PASSWORD.equals(new String(c.keyStorePassword()))
                        || DEVELOPMENT_PASSWORD.equals(new String(c.trustStorePassword()));
        if (published
                || holdsDevelopmentCertificate(keys)
                || holdsDevelopmentCertificate(trusted)) {
            throw new ProviderFailure(
                    CREDENTIALS_REFUSED,
                    "development certificates or password configured for "
                            + c.provider()
                            + " outside development mode: set real key and trust stores"
                            + " (mcrc.provider."
                            + c.provider().key()
                            + ".key-store, .trust-store), or"
                            + " mcrc.provider.development-credentials=true on a development server",
                    false);
        }
    }

    private static KeyStore load(String file, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            store.load(in, password);
        }
        return store;
    }
}
