package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.it.ApiCalls.Reply;
import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.ConsentService;
import com.microcredit.origination.api.DataQueryView;
import com.microcredit.origination.api.PathResultView;
import com.microcredit.origination.api.SubmitApplication;
import com.microcredit.origination.application.DataGateway;
import com.microcredit.origination.domain.consent.DataQuery;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.providersim.Behaviour;
import com.microcredit.providersim.ProviderSimulator;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a provider's trouble does to decisions: over its budget the gateway refuses before calling
 * and the decision's evidence says so by code while the decision goes on with the other sources;
 * with every provider down no path has information, so no loan; and each provider's state is in the
 * readiness check and the application metrics.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class ProviderBudgetIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ProviderDeployment.withSimulator(
                ProviderBudgetIT.class,
                ProviderFixture.class,
                ProviderCalls.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class,
                ItProbe.class,
                ApiCalls.class);
    }

    @EJB private DataGateway gateway;
    @EJB private ProviderFixture fx;
    @EJB private Applicants applicants;
    @EJB private ApplicationService applications;
    @EJB private ConsentService consents;

    @Test
    void overItsBudgetAProviderIsNotCalledAndTheDecisionsEvidenceSaysSo() {
        ProviderSimulator sim = fx.simulator();
        ProviderCalls calls = new ProviderCalls(gateway, fx);
        ProviderCalls.routed(
                Map.of("mcrc.gateway.adapter.E_COMMERCE", "http"),
                () -> {
                    calls.awaitAnswered(DataSource.E_COMMERCE);
                    BigDecimal spent = fx.spentToday("E_COMMERCE");
                    System.setProperty(
                            "mcrc.provider.e-commerce.budget.daily",
                            spent.add(new BigDecimal("2.00")).toPlainString());
                    try {
                        DataQuery last = calls.ask(DataSource.E_COMMERCE);
                        assertEquals(
                                DataQuery.Outcome.ANSWERED,
                                last.getOutcome(),
                                "2.00 left: one call");
                        int received = sim.stats().received("E_COMMERCE");
                        DataQuery over = calls.ask(DataSource.E_COMMERCE);
                        assertEquals("PROVIDER_DAILY_BUDGET_EXCEEDED", over.getReasonCode());
                        assertEquals(0, over.getAttempts());
                        assertEquals("NOT_SENT", over.getCostRule());
                        assertEquals(received, sim.stats().received("E_COMMERCE"), "not called");

                        long borrower = applicants.wellKnownBorrower();
                        ApplicationView decided =
                                applications.decide(applications.submit(taxLoan(borrower)).id());
                        assertNotNull(decided.decision(), "the decision went on");
                        DataQueryView eCommerce =
                                consents.queriesOfCase(decided.reference()).stream()
                                        .filter(q -> q.source().equals("E_COMMERCE"))
                                        .findFirst()
                                        .orElseThrow();
                        assertEquals("UNAVAILABLE", eCommerce.outcome());
                        assertEquals("PROVIDER_DAILY_BUDGET_EXCEEDED", eCommerce.reasonCode());
                        assertEquals(
                                "APPROVED",
                                decided.status(),
                                "tax, electricity, social security and the report suffice");
                    } finally {
                        System.clearProperty("mcrc.provider.e-commerce.budget.daily");
                    }
                });
    }

    @Test
    void withEveryProviderDownThereIsNoInformationSoNoLoan() {
        ProviderSimulator sim = fx.simulator();
        Map<String, String> everySource = new HashMap<>();
        for (DataSource s : DataSource.observational()) {
            everySource.put("mcrc.gateway.adapter." + s.name(), "http");
        }
        ProviderCalls.routed(
                everySource,
                () -> {
                    sim.behave("*", Behaviour.failing(503));
                    try {
                        long borrower = fx.consentingBorrower();
                        ApplicationView decided =
                                applications.decide(applications.submit(taxLoan(borrower)).id());
                        assertEquals("DECLINED", decided.status());
                        assertEquals("NO_INFORMATION", decided.decision().decidingRule());
                        PathResultView bigData = path(decided, "BIG_DATA");
                        assertEquals("SOURCE_UNAVAILABLE", bigData.reasonCode());
                        assertEquals(
                                "SOURCE_UNAVAILABLE", path(decided, "DATA_CENTRE").reasonCode());
                        assertTrue(
                                consents.queriesOfCase(decided.reference()).stream()
                                        .allMatch(q -> q.outcome().equals("UNAVAILABLE")),
                                "every source unavailable, each with its reason code");
                    } finally {
                        sim.behave("*", Behaviour.NORMAL);
                    }
                });
    }

    @Test
    void eachProvidersStateIsInTheReadinessCheckAndTheMetrics() {
        ProviderCalls calls = new ProviderCalls(gateway, fx);
        fx.simulator();
        ProviderCalls.routed(
                Map.of("mcrc.gateway.adapter.WATER", "http"),
                () -> calls.awaitAnswered(DataSource.WATER));
        ApiCalls http = new ApiCalls();
        Reply ready = http.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"data-providers\""), ready.body());
        assertTrue(ready.body().contains("\"UTILITIES.circuit\""), ready.body());
        assertTrue(ready.body().contains("\"UTILITIES.p99Ms\""), ready.body());
        Reply metrics = http.getText("/metrics?scope=application", "admin");
        assertEquals(200, metrics.status());
        assertTrue(
                metrics.body().contains("mcrc_provider_calls_total{")
                        && metrics.body().contains("provider=\"UTILITIES\""),
                metrics.body());
        assertTrue(metrics.body().contains("mcrc_provider_latency_seconds"), metrics.body());
        assertTrue(metrics.body().contains("mcrc_provider_circuit_open"), metrics.body());
    }

    private static PathResultView path(ApplicationView v, String path) {
        return v.decision().paths().stream()
                .filter(p -> p.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    private static SubmitApplication taxLoan(long borrower) {
        return new SubmitApplication(
                borrower,
                "TAX_LOAN",
                new BigDecimal("50000.00"),
                "CNY",
                12,
                "EQUAL_INSTALMENT",
                "Working capital for stock",
                "BRANCH",
                null);
    }
}
