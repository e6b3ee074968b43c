package com.microcredit.origination.infrastructure.provider;

import javax.net.ssl.SSLContext;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientListener;

/**
 * Puts a provider's own mutual-TLS context back on its Rest Client when the client is built. Open
 * Liberty's own listener replaces any {@code sslContext} given to a builder with the server's
 * default SSL configuration (OpenLiberty/open-liberty issue 33537, open in 26.0.0.3); this listener
 * runs after it and restores the context {@link ProviderClients} left in the builder's property
 * {@value #SSL_CONTEXT}. Other clients (without the property) are left alone.
 */
public class ProviderSslListener implements RestClientListener {

    /** The builder property that carries the provider's context. */
    public static final String SSL_CONTEXT = "com.microcredit.provider.sslContext";

    @Override
    public void onNewClient(Class<?> serviceInterface, RestClientBuilder builder) {
        Object context = builder.getConfiguration().getProperty(SSL_CONTEXT);
        if (context instanceof SSLContext ssl) {
            builder.sslContext(ssl);
        }
    }
}
