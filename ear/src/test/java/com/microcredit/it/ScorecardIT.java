package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.origination.api.SubmitApplication;
import com.microcredit.origination.application.DataGateway;
import com.microcredit.origination.application.QueryLog;
import com.microcredit.origination.domain.consent.ConsentPurpose;
import com.microcredit.origination.domain.scoring.DataSource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Trained scorecards and the data gateway on the real database: the champion scores the big-data
 * path in place of the expert card and its score is recorded; a query without consent or with an
 * expired consent is refused and logged; an answer is reused from the cache at no cost within its
 * retention period and deleted after it; the thin-file facts come from the gateway.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class ScorecardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                ScorecardIT.class,
                ItProbe.class,
                OriginationFixture.class,
                ScorecardFixture.class,
                CreditCodes.class,
                PageCalls.class,
                PageForms.class,
                ApiCalls.class);
    }

    @EJB private BorrowerService borrowers;
    @EJB private ApplicationService applications;
    @EJB private DataGateway gateway;
    @EJB private QueryLog queryLog;
    @EJB private OriginationFixture fixture;
    @EJB private ScorecardFixture scorecards;
    @EJB private ItProbe probe;

    @Test
    void anActivationProposedAsRiskInCapitalsIsRefusedToRiskOnThePage() {
        String reason = "maker-checker " + UUID.randomUUID();
        long activation = scorecards.pendingActivation("RISK", reason);
        PageForms.approvalRefusedToTheMaker(
                "/mcrc/pages/risk/scorecards.xhtml", "activations-form", "activations", reason);
        assertEquals(
                1,
                probe.count(
                        "select count(a) from ScorecardActivation a where a.id = :id and"
                                + " a.approval.state ="
                                + " com.microcredit.shared.domain.approval.ApprovalState.PROPOSED",
                        Map.of("id", activation)),
                "still waiting for a second risk manager");
    }

    @Test
    void theChampionScorecardScoresTheBigDataPathAndItsScoreIsRecorded() {
        long borrower = newBorrower();
        fixture.knownWellAndConsenting(borrower);
        long champion =
                scorecards.champion("it-champion-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            ApplicationView decided =
                    applications.decide(
                            applications
                                    .submit(
                                            new SubmitApplication(
                                                    borrower,
                                                    "ELECTRICITY_LOAN",
                                                    new BigDecimal("50000.00"),
                                                    "CNY",
                                                    12,
                                                    "EQUAL_INSTALMENT",
                                                    "IT",
                                                    "BRANCH",
                                                    null))
                                    .id());
            // 24 months of tax (≥ 12: 80 points) and nothing past due (< 1: 90 points).
            assertEquals(
                    Integer.valueOf(ScorecardFixture.BEST_SCORE),
                    decided.decision().score(),
                    () -> String.valueOf(decided.decision()));
            Object[] recorded =
                    probe.firstRow(
                            "select r.score, r.role, r.reasonCodes from RecordedScore r "
                                    + "where r.applicationId = :a and r.scorecardId = :s",
                            Map.of("a", decided.id(), "s", champion));
            assertEquals(Integer.valueOf(ScorecardFixture.BEST_SCORE), recorded[0]);
            assertEquals("CHAMPION", recorded[1].toString());
            assertEquals(null, recorded[2], "every characteristic in its best bin: no reason code");
        } finally {
            scorecards.retire(champion);
        }
    }

    @Test
    void aQueryWithoutConsentIsRefusedAndLogged() {
        long borrower = newBorrower();
        DataGateway.Answer answer =
                gateway.query(
                        borrower,
                        EnumSet.of(DataSource.TAX, DataSource.CREDIT_REPORT),
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        "it-staff",
                        "IT-NOCONSENT",
                        today(),
                        Instant.now());
        assertEquals(EnumSet.of(DataSource.TAX, DataSource.CREDIT_REPORT), answer.refused());
        assertTrue(answer.observations().isEmpty());
        assertEquals(new BigDecimal("0.00"), answer.cost());
        assertEquals(
                2L,
                probe.count(
                        "select count(q) from DataQuery q where q.borrowerId = :b and q.reference ="
                            + " :r and q.outcome ="
                            + " com.microcredit.origination.domain.consent.DataQuery.Outcome.REFUSED"
                            + " and q.cost = 0",
                        Map.of("b", borrower, "r", "IT-NOCONSENT")));
    }

    @Test
    void anExpiredConsentIsRefusedAndLogged() {
        long borrower = newBorrower();
        scorecards.expiredConsent(borrower);
        fixture.alternativeDataWithoutConsent(borrower);
        DataGateway.Answer answer =
                gateway.query(
                        borrower,
                        EnumSet.of(DataSource.ELECTRICITY),
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        "it-staff",
                        "IT-EXPIRED",
                        today(),
                        Instant.now());
        assertEquals(EnumSet.of(DataSource.ELECTRICITY), answer.refused());
        assertTrue(answer.observations().isEmpty(), "no data flows on an expired consent");
        Object[] row =
                probe.firstRow(
                        "select q.outcome, q.reason, q.staffLogin, q.purpose from DataQuery q "
                                + "where q.borrowerId = :b and q.reference = :r",
                        Map.of("b", borrower, "r", "IT-EXPIRED"));
        assertEquals("REFUSED", row[0].toString());
        assertTrue(row[1].toString().contains("No valid CREDIT_ASSESSMENT consent"));
        assertEquals("it-staff", row[2]);
    }

    @Test
    void anAnswerIsReusedWithinItsRetentionPeriodAtNoCostAndPurgedAfter() {
        long borrower = newBorrower();
        fixture.knownWellAndConsenting(borrower);
        DataGateway.Answer first =
                gateway.query(
                        borrower,
                        EnumSet.of(DataSource.TAX, DataSource.CREDIT_REPORT),
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        "it-staff",
                        "IT-CACHE-1",
                        today(),
                        Instant.now());
        assertEquals(new BigDecimal("22.00"), first.cost(), "tax 2.00 + credit report 20.00");
        assertEquals(1, first.thinFile().independentSources(), "tax alone: a thin file");
        assertTrue(first.thinFile().isThin());
        DataGateway.Answer again =
                gateway.query(
                        borrower,
                        EnumSet.of(DataSource.TAX, DataSource.CREDIT_REPORT),
                        ConsentPurpose.CREDIT_ASSESSMENT,
                        "it-staff",
                        "IT-CACHE-2",
                        today(),
                        Instant.now());
        assertEquals(new BigDecimal("0.00"), again.cost());
        assertEquals(first.observations().size(), again.observations().size());
        assertEquals(
                2L,
                probe.count(
                        "select count(q) from DataQuery q where q.borrowerId = :b and q.reference ="
                            + " :r and q.outcome ="
                            + " com.microcredit.origination.domain.consent.DataQuery.Outcome.CACHED",
                        Map.of("b", borrower, "r", "IT-CACHE-2")));

        scorecards.expiredAnswer(borrower);
        assertTrue(queryLog.purgeExpiredAnswers() >= 1);
        assertEquals(
                0L,
                probe.count(
                        "select count(r) from CachedResponse r where r.borrowerId = :b and r.source"
                                + " = com.microcredit.origination.domain.scoring.DataSource.WATER",
                        Map.of("b", borrower)));
        assertEquals(
                2L,
                probe.count(
                        "select count(r) from CachedResponse r where r.borrowerId = :b",
                        Map.of("b", borrower)),
                "answers within their retention period stay");
    }

    private static LocalDate today() {
        return LocalDate.now(OriginationFixture.BANK_ZONE);
    }

    private long newBorrower() {
        String login = "sc-" + UUID.randomUUID().toString().substring(0, 8);
        AccountManagerView manager =
                borrowers.registerAccountManager(
                        new RegisterAccountManager(
                                login,
                                "IT manager",
                                "IT-001",
                                new BigDecimal("30.274084"),
                                new BigDecimal("120.155070"),
                                new BigDecimal("50")));
        BorrowerView b =
                borrowers.registerEnterprise(
                        new RegisterEnterprise(
                                "IT scorecard " + login,
                                CreditCodes.next(),
                                "F52",
                                "330106",
                                manager.id(),
                                "IT owner",
                                LocalDate.of(2015, 5, 1),
                                new BigDecimal("800000.00"),
                                new BigDecimal("30.26"),
                                new BigDecimal("120.15"),
                                null));
        return b.id();
    }
}
