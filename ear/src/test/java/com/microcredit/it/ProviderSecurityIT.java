package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.application.DataGateway;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.providersim.DevelopmentCertificates;
import com.microcredit.providersim.ProviderSimulator;
import com.microcredit.providersim.Stats;
import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transport security against the provider simulator: a provider presenting a certificate we do not
 * trust, or refusing our client certificate, fails at the handshake (nothing sent, nothing charged,
 * the source UNAVAILABLE); a signed request captured on its way and sent again is refused by the
 * provider as a replay.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class ProviderSecurityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ProviderDeployment.withSimulator(
                ProviderSecurityIT.class,
                ProviderFixture.class,
                ProviderCalls.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class,
                ItProbe.class);
    }

    @EJB private DataGateway gateway;
    @EJB private ProviderFixture fx;

    @Test
    void aProviderWithTheWrongCertificateOrRefusingOursFailsAtTheHandshake() {
        ProviderSimulator sim = fx.simulator();
        ProviderCalls calls = new ProviderCalls(gateway, fx);
        ProviderCalls.routed(
                Map.of("mcrc.gateway.adapter.ASSOCIATED_PERSONS", "http"),
                () -> {
                    calls.awaitAnswered(DataSource.ASSOCIATED_PERSONS);
                    try {
                        switchCertificates(sim, true, false, "1001");
                        DataQuery rogue = calls.ask(DataSource.ASSOCIATED_PERSONS);
                        assertEquals(
                                "PROVIDER_TLS_FAILURE", rogue.getReasonCode(), rogue.getReason());
                        assertEquals("NOT_SENT", rogue.getCostRule());
                        assertEquals(0, rogue.getCost().signum());

                        // TLS 1.2: the provider refuses our certificate inside the handshake.
                        System.setProperty("mcrc.provider.registry.tls-protocol", "TLSv1.2");
                        switchCertificates(sim, false, true, "1002");
                        int received = sim.stats().received("ASSOCIATED_PERSONS");
                        DataQuery refused = calls.ask(DataSource.ASSOCIATED_PERSONS);
                        assertEquals(
                                "PROVIDER_TLS_FAILURE",
                                refused.getReasonCode(),
                                refused.getReason());
                        assertEquals(DataQuery.Outcome.UNAVAILABLE, refused.getOutcome());

                        // TLS 1.3 finishes the client's side of the handshake first: the refusal
                        // comes as the connection closed without an answer. Still nothing reached
                        // the provider and nothing was used.
                        System.clearProperty("mcrc.provider.registry.tls-protocol");
                        DataQuery closed = calls.ask(DataSource.ASSOCIATED_PERSONS);
                        assertEquals(DataQuery.Outcome.UNAVAILABLE, closed.getOutcome());
                        assertTrue(
                                closed.getReasonCode().equals("PROVIDER_TLS_FAILURE")
                                        || closed.getReasonCode().equals("PROVIDER_ERROR"),
                                closed.getReasonCode());
                        assertEquals(
                                received,
                                sim.stats().received("ASSOCIATED_PERSONS"),
                                "no request reached the provider");
                    } finally {
                        System.clearProperty("mcrc.provider.registry.tls-protocol");
                        switchCertificates(sim, false, false, null);
                    }
                    calls.awaitAnswered(DataSource.ASSOCIATED_PERSONS);
                });
    }

    @Test
    void aCapturedRequestSentAgainIsRefusedByTheProviderAsAReplay() throws Exception {
        ProviderSimulator sim = fx.simulator();
        ProviderCalls calls = new ProviderCalls(gateway, fx);
        ProviderCalls.routed(
                Map.of("mcrc.gateway.adapter.COURTS", "http"),
                () -> calls.awaitAnswered(DataSource.COURTS));
        Stats.Captured captured = sim.stats().last("COURTS");
        int answered = sim.stats().answered("COURTS");

        HttpRequest.Builder again =
                HttpRequest.newBuilder(
                                URI.create("https://localhost:" + sim.port() + captured.path()))
                        .POST(HttpRequest.BodyPublishers.ofString(captured.body()));
        captured.headers().forEach(again::header);
        HttpResponse<String> replay =
                client("government-platform")
                        .send(again.build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, replay.statusCode(), replay.body());
        assertTrue(replay.body().contains("REPLAYED"), replay.body());
        assertEquals(answered, sim.stats().answered("COURTS"), "nothing answered to the replay");
    }

    /**
     * Switches the simulator's certificates, and the registry client's connect timeout so that the
     * gateway builds a new client: no connection made before the switch is reused.
     */
    private static void switchCertificates(
            ProviderSimulator sim, boolean rogueServer, boolean rogueTrust, String connectTimeout) {
        try {
            sim.certificates(rogueServer, rogueTrust);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (connectTimeout == null) {
            System.clearProperty("mcrc.provider.registry.connect-timeout-ms");
        } else {
            System.setProperty("mcrc.provider.registry.connect-timeout-ms", connectTimeout);
        }
    }

    /** The provider's client certificate and the development CA, as the gateway has them. */
    private static HttpClient client(String provider) throws Exception {
        Path dir =
                Path.of(System.getenv("MCRC_PROVIDER_GOVERNMENT_PLATFORM_KEY_STORE")).getParent();
        char[] password = DevelopmentCertificates.PASSWORD.toCharArray();
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509", "SunJSSE");
        kmf.init(load(dir.resolve("client-" + provider + ".p12"), password), password);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX", "SunJSSE");
        tmf.init(load(dir.resolve(DevelopmentCertificates.GATEWAY_TRUST), password));
        SSLContext context = SSLContext.getInstance("TLS", "SunJSSE");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).build();
    }

    private static KeyStore load(Path file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }
}
