package com.microcredit.providersim;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The simulator's TLS: the server certificate it presents (the development one, or the rogue one
 * for the wrong-certificate case) and the CA it accepts client certificates from (the development
 * CA, or the rogue CA, which refuses the gateway's genuine certificates). A context is fixed: the
 * simulator restarts its listener with a new one to switch, so no connection or session survives.
 */
final class SimulatorTls {

    private SimulatorTls() {}

    static SSLContext context(
            DevelopmentCertificates certs, boolean rogueServer, boolean rogueTrust)
            throws IOException, GeneralSecurityException {
        char[] password = DevelopmentCertificates.PASSWORD.toCharArray();
        KeyStore keys = load(certs.dir().resolve(DevelopmentCertificates.SERVER_STORE), password);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509", "SunJSSE");
        kmf.init(keys, password);
        X509ExtendedKeyManager base = (X509ExtendedKeyManager) kmf.getKeyManagers()[0];
        KeyManager chosen = new OneAlias(base, rogueServer ? "rogue" : "server");
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX", "SunJSSE");
        tmf.init(
                load(
                        certs.dir()
                                .resolve(
                                        rogueTrust
                                                ? DevelopmentCertificates.ROGUE_TRUST
                                                : DevelopmentCertificates.CLIENT_TRUST),
                        password));
        SSLContext context = SSLContext.getInstance("TLS", "SunJSSE");
        context.init(new KeyManager[] {chosen}, tmf.getTrustManagers(), null);
        return context;
    }

    static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    /** Presents one alias of the key store whatever the client asks. */
    private static final class OneAlias extends X509ExtendedKeyManager {
        private final X509ExtendedKeyManager base;
        private final String alias;

        OneAlias(X509ExtendedKeyManager base, String alias) {
            this.base = base;
            this.alias = alias;
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine e) {
            return alias;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return alias;
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return new String[] {alias};
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[0];
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String a) {
            return base.getCertificateChain(a);
        }

        @Override
        public PrivateKey getPrivateKey(String a) {
            return base.getPrivateKey(a);
        }
    }
}
