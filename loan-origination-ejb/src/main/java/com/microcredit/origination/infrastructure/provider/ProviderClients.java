package com.microcredit.origination.infrastructure.provider;

import com.microcredit.origination.domain.scoring.DataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The Rest Client of each provider and source: the provider's URL and mutual-TLS context, the
 * source's read timeout, the provider's connect timeout. Built on first use and kept; rebuilt when
 * the provider's settings or its key or trust store file change (a certificate renewal needs no
 * restart).
 */
@ApplicationScoped
public class ProviderClients {

    private static final Logger LOG = Logger.getLogger(ProviderClients.class.getName());

    private record Built(String fingerprint, ProviderApi api) {}

    private final Map<String, Built> clients = new ConcurrentHashMap<>();

    @Inject ProviderSettings settings;

    public ProviderApi api(ProviderConfig c, DataSource source) {
        int timeout = settings.timeoutMillis(source);
        String fingerprint =
                c.fingerprint(modified(c.keyStore()), modified(c.trustStore())) + "|" + timeout;
        String key = c.provider() + "/" + source;
        Built built = clients.get(key);
        if (built == null || !built.fingerprint().equals(fingerprint)) {
            synchronized (this) {
                built = clients.get(key);
                if (built == null || !built.fingerprint().equals(fingerprint)) {
                    Built fresh = new Built(fingerprint, build(c, timeout));
                    Built old = clients.put(key, fresh);
                    if (old != null) {
                        close(old);
                    }
                    built = fresh;
                }
            }
        }
        return built.api();
    }

    private ProviderApi build(ProviderConfig c, int readTimeoutMs) {
        SSLContext tls = ProviderTls.context(c, settings.developmentCredentialsAllowed());
        return RestClientBuilder.newBuilder()
                .baseUri(c.url())
                .sslContext(tls)
                .property(ProviderSslListener.SSL_CONTEXT, tls)
                .connectTimeout(c.connectTimeoutMs(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(ProviderApi.class);
    }

    private static long modified(String file) {
        try {
            return Files.getLastModifiedTime(Path.of(file)).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @PreDestroy
    void closeAll() {
        clients.values().forEach(ProviderClients::close);
        clients.clear();
    }

    private static void close(Built b) {
        try {
            b.api().close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "closing a provider client", e);
        }
    }
}
