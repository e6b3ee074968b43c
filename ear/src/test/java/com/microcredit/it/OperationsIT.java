package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microcredit.it.ApiCalls.Reply;
import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.api.InboundRejections;
import com.microcredit.platform.api.RefusalReason;
import com.microcredit.platform.api.RejectedInbound;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.WarningLevel;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operations rely on: health checks for the orchestrator, metrics for administrators only. */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class OperationsIT {

    private static final Pattern RED_WARNINGS =
            Pattern.compile(
                    "(?m)^mcrc_warnings_raised_total\\{[^}]*level=\"RED\"[^}]*\\} ([0-9.]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(OperationsIT.class, ApiCalls.class);
    }

    private static final Pattern REJECTED_POSTINGS =
            Pattern.compile(
                    "(?m)^mcrc_inbound_messages_total\\{[^}]*queue=\"RepaymentPosting\"[^}]*result=\"rejected\"[^}]*\\}"
                        + " ([0-9.]+)");

    @EJB private EarlyWarningService warnings;

    @EJB private InboundRejections rejections;

    private ApiCalls http;

    @BeforeEach
    void connect() {
        http = new ApiCalls();
    }

    @Test
    void livenessAndReadinessAreUpWithoutSigningIn() {
        Reply live = http.get("/health/live", null);
        assertEquals(200, live.status(), live.body());
        Reply ready = http.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.json().getString("status"));
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        assertEquals(401, http.getText("/metrics", null).status(), "anonymous");
        assertEquals(
                403,
                http.getText("/metrics", "risk").status(),
                "a risk manager is not an administrator");
        assertEquals(200, http.getText("/metrics", "admin").status());
    }

    @Test
    void aRaisedWarningIsCountedByLevel() {
        double before = redWarnings();
        warnings.raise(
                new RaiseWarning(
                        800_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L),
                        null,
                        "COURT_ENFORCEMENT",
                        WarningLevel.RED,
                        "new enforcement case (it)",
                        "it"));
        assertEquals(before + 1, redWarnings(), 0.0);
    }

    @Test
    void warningsRaisedTogetherByTheNightlyRunAreCountedByLevelToo() {
        double before = redWarnings();
        long borrower = 810_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L);
        RaiseWarning court =
                new RaiseWarning(
                        borrower,
                        null,
                        "COURT_ENFORCEMENT",
                        WarningLevel.RED,
                        "new enforcement case (it)",
                        "it");
        RaiseWarning tax =
                new RaiseWarning(
                        borrower, null, "TAX_ARREARS", WarningLevel.RED, "tax arrears (it)", "it");
        assertEquals(2, warnings.raiseAll(List.of(court, tax)));
        assertEquals(before + 2, redWarnings(), 0.0, "two new signals");
        assertEquals(0, warnings.raiseAll(List.of(court)));
        assertEquals(
                before + 2,
                redWarnings(),
                0.0,
                "seen again at the same level: neither new nor escalated");
    }

    @Test
    void aRefusedInboundMessageIsCountedWhenItsTransactionCommitsOnly() throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        double before = count(REJECTED_POSTINGS);
        tx.begin();
        rejections.reject(refusal());
        tx.rollback();
        assertEquals(before, count(REJECTED_POSTINGS), 0.0, "a rolled-back refusal is not counted");
        tx.begin();
        rejections.reject(refusal());
        tx.commit();
        assertEquals(
                before + 1, count(REJECTED_POSTINGS), 0.0, "a committed refusal is counted once");
    }

    private static RejectedInbound refusal() {
        return new RejectedInbound(
                "jms/portfolio/RepaymentPosting",
                "IT-OPS-" + UUID.randomUUID(),
                RefusalReason.of(InboundReason.INBOUND_FIELD_MISSING, "principal"),
                "{}",
                null);
    }

    private double count(Pattern metric) {
        Reply metrics = http.getText("/metrics?scope=application", "admin");
        assertEquals(200, metrics.status(), metrics.body());
        Matcher m = metric.matcher(metrics.body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
    }

    private double redWarnings() {
        return count(RED_WARNINGS);
    }
}
