package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.application.DataGateway;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.providersim.Behaviour;
import com.microcredit.providersim.ProviderSimulator;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data gateway's http adapter against the provider simulator started by the test (inside the
 * test server, on {@code mcrc.provider.port}), one failure kind per test: slow, down, throttled,
 * malformed or mismatched, wrong certificates, a replayed request; and the happy path. Each test
 * routes its sources to the simulator for its own duration only (system properties read by the
 * gateway at every query), so every other test keeps the table adapter; each provider's circuit
 * opens after 4 calls and closes after 1.5 s here (ear/pom.xml), and a test that may have opened
 * one first waits until its provider answers again.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class ProviderIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ProviderDeployment.withSimulator(
                ProviderIT.class,
                ProviderFixture.class,
                ProviderCalls.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class,
                ItProbe.class);
    }

    @EJB private DataGateway gateway;
    @EJB private ProviderFixture fx;

    private ProviderCalls calls() {
        return new ProviderCalls(gateway, fx);
    }

    private DataGateway.Answer query(long borrower, DataSource source) {
        return calls().query(borrower, source);
    }

    private DataQuery ask(DataSource source) {
        return calls().ask(source);
    }

    private DataQuery awaitAnswered(DataSource source) {
        return calls().awaitAnswered(source);
    }

    private static void routed(Map<String, String> settings, Runnable test) {
        ProviderCalls.routed(settings, test);
    }

    @Test
    void anAnswerOverTheWireIsUsedLoggedWithTheProvidersRecordsAndCachedAtItsCost() {
        ProviderSimulator sim = fx.simulator();
        routed(
                Map.of("mcrc.gateway.adapter.TAX", "http"),
                () -> {
                    DataQuery q = awaitAnswered(DataSource.TAX);
                    assertEquals("GOVERNMENT_PLATFORM", q.getProvider());
                    assertEquals("http", q.getAdapter());
                    assertEquals("ANSWERED", q.getCostRule());
                    assertEquals(new BigDecimal("2.00"), q.getCost());
                    assertEquals(1, q.getAttempts());
                    assertNotNull(q.getRequestId());
                    assertNotNull(q.getLatencyMs());
                    assertTrue(q.getProviderRecords().startsWith("TAX-"), q.getProviderRecords());
                    assertEquals(
                            LocalDate.now(OriginationFixture.BANK_ZONE).minusDays(1), q.getAsOf());
                    String sent = sim.stats().last("TAX").body();
                    assertTrue(
                            sent.contains("\"reference\":\"IT-AUTH-" + q.getBorrowerId() + "\""),
                            sent);
                    assertTrue(sent.contains("\"purpose\":\"CREDIT_ASSESSMENT\""), sent);

                    DataGateway.Answer again = query(q.getBorrowerId(), DataSource.TAX);
                    assertEquals(60, again.observations().size(), "30 months of PAID and LATE");
                    assertEquals(
                            DataQuery.Outcome.CACHED,
                            fx.logged(q.getBorrowerId(), DataSource.TAX).get(0).getOutcome());
                });
    }

    @Test
    void aSlowProviderTimesOutTheSourceIsUnavailableAndTheFailedCallCostsWhatTheContractSays() {
        ProviderSimulator sim = fx.simulator();
        routed(
                Map.of(
                        "mcrc.gateway.adapter.E_COMMERCE", "http",
                        "mcrc.provider.source.E_COMMERCE.timeout-ms", "400",
                        "mcrc.provider.e-commerce.cost.failed-call", "0.50"),
                () -> {
                    awaitAnswered(DataSource.E_COMMERCE);
                    sim.behave("E_COMMERCE", Behaviour.slow(2_000));
                    try {
                        long b = fx.consentingBorrower();
                        DataGateway.Answer a = query(b, DataSource.E_COMMERCE);
                        DataQuery q = fx.logged(b, DataSource.E_COMMERCE).get(0);
                        assertEquals(DataQuery.Outcome.UNAVAILABLE, q.getOutcome());
                        assertEquals("PROVIDER_TIMEOUT", q.getReasonCode());
                        assertEquals("FAILED_CALL", q.getCostRule());
                        assertEquals(new BigDecimal("0.50"), q.getCost());
                        assertEquals(Set.of(DataSource.E_COMMERCE), a.unavailable());
                        assertTrue(a.observations().isEmpty());
                        assertTrue(
                                q.getLatencyMs() < 2_000,
                                "the read timeout, not the provider, ended it");
                    } finally {
                        sim.behave("E_COMMERCE", Behaviour.NORMAL);
                    }
                });
    }

    @Test
    void aProviderThatIsDownIsRetriedOnlyWhenIdempotentThenItsCircuitOpensAndStopsTheCalls() {
        ProviderSimulator sim = fx.simulator();
        routed(
                Map.of(
                        "mcrc.gateway.adapter.ELECTRICITY", "http",
                        "mcrc.provider.utilities.idempotent", "true"),
                () -> {
                    awaitAnswered(DataSource.ELECTRICITY);
                    sim.behave("ELECTRICITY", Behaviour.failing(503));
                    try {
                        int before = sim.stats().received("ELECTRICITY");
                        DataQuery first = ask(DataSource.ELECTRICITY);
                        assertEquals("PROVIDER_ERROR", first.getReasonCode());
                        assertEquals(
                                3, first.getAttempts(), "two retries: the provider is idempotent");
                        assertEquals("NOT_CHARGED", first.getCostRule());
                        assertEquals(0, first.getCost().signum());
                        assertEquals(before + 3, sim.stats().received("ELECTRICITY"));
                        DataQuery open = null;
                        for (int i = 0; i < 6 && open == null; i++) {
                            DataQuery q = ask(DataSource.ELECTRICITY);
                            if ("PROVIDER_CIRCUIT_OPEN".equals(q.getReasonCode())) {
                                open = q;
                            }
                        }
                        assertNotNull(open, "the circuit opened");
                        int received = sim.stats().received("ELECTRICITY");
                        DataQuery refused = ask(DataSource.ELECTRICITY);
                        assertEquals("PROVIDER_CIRCUIT_OPEN", refused.getReasonCode());
                        assertEquals("NOT_SENT", refused.getCostRule());
                        assertEquals(received, sim.stats().received("ELECTRICITY"), "not called");
                    } finally {
                        sim.behave("ELECTRICITY", Behaviour.NORMAL);
                    }
                    awaitAnswered(DataSource.ELECTRICITY);
                    System.setProperty("mcrc.provider.utilities.idempotent", "false");
                    sim.behave("ELECTRICITY", Behaviour.failing(503));
                    try {
                        DataQuery once = ask(DataSource.ELECTRICITY);
                        assertEquals("PROVIDER_ERROR", once.getReasonCode());
                        assertEquals(1, once.getAttempts(), "not idempotent: never retried");
                    } finally {
                        sim.behave("ELECTRICITY", Behaviour.NORMAL);
                    }
                });
    }

    @Test
    void aThrottlingProviderIsLeftAloneForItsRetryAfter() {
        ProviderSimulator sim = fx.simulator();
        routed(
                Map.of("mcrc.gateway.adapter.CREDIT_REPORT", "http"),
                () -> {
                    awaitAnswered(DataSource.CREDIT_REPORT);
                    sim.behave("CREDIT_REPORT", Behaviour.throttling(2));
                    try {
                        DataQuery throttled = ask(DataSource.CREDIT_REPORT);
                        assertEquals("PROVIDER_THROTTLED", throttled.getReasonCode());
                        assertEquals(1, throttled.getAttempts());
                        assertEquals("NOT_CHARGED", throttled.getCostRule());
                        int received = sim.stats().received("CREDIT_REPORT");
                        DataQuery paused = ask(DataSource.CREDIT_REPORT);
                        assertEquals("PROVIDER_THROTTLED", paused.getReasonCode());
                        assertEquals(0, paused.getAttempts(), "refused before calling");
                        assertEquals(received, sim.stats().received("CREDIT_REPORT"));
                    } finally {
                        sim.behave("CREDIT_REPORT", Behaviour.NORMAL);
                    }
                    awaitAnswered(DataSource.CREDIT_REPORT);
                });
    }

    @Test
    void aMalformedOrMismatchedAnswerIsNeverUsed() {
        ProviderSimulator sim = fx.simulator();
        // One kind per source, spread over the providers so that no circuit opens on the way.
        record Case(String kind, DataSource source, String code) {}
        for (Case c :
                List.of(
                        new Case("GARBAGE", DataSource.TAX, "PROVIDER_MALFORMED_ANSWER"),
                        new Case("BAD_FACT", DataSource.ELECTRICITY, "PROVIDER_MALFORMED_ANSWER"),
                        new Case(
                                "WRONG_SUBJECT", DataSource.E_COMMERCE, "PROVIDER_ANSWER_MISMATCH"),
                        new Case(
                                "WRONG_REQUEST_ID",
                                DataSource.CREDIT_REPORT,
                                "PROVIDER_ANSWER_MISMATCH"),
                        new Case(
                                "BAD_SIGNATURE",
                                DataSource.SOCIAL_SECURITY,
                                "PROVIDER_ANSWER_MISMATCH"))) {
            routed(
                    Map.of("mcrc.gateway.adapter." + c.source().name(), "http"),
                    () -> {
                        awaitAnswered(c.source());
                        sim.behave(c.source().name(), Behaviour.malformed(c.kind()));
                        try {
                            long b = fx.consentingBorrower();
                            DataGateway.Answer a = query(b, c.source());
                            DataQuery q = fx.logged(b, c.source()).get(0);
                            assertEquals(c.code(), q.getReasonCode(), c.kind());
                            assertEquals("FAILED_CALL", q.getCostRule(), c.kind());
                            assertTrue(a.observations().isEmpty(), c.kind());
                            assertEquals(Set.of(c.source()), a.unavailable(), c.kind());
                        } finally {
                            sim.behave(c.source().name(), Behaviour.NORMAL);
                        }
                    });
        }
    }
}
