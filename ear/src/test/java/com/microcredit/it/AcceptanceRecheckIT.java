package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.it.SupplyChainFixture.Chain;
import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.RecheckRefusedException;
import com.microcredit.origination.api.RecheckView;
import com.microcredit.origination.api.SubmitApplication;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.supplychain.api.HealthOutcome;
import com.microcredit.supplychain.api.HubHealthService;
import com.microcredit.supplychain.api.RecordHubIndicators;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Risk holds until the money leaves (issue 21): the LA3098 sequence – an approved loan to a chain
 * member, then the hub becomes DISTRESSED and the borrower gets an open RED warning – refuses the
 * acceptance, sends the case back for a new decision, and nothing is reserved, booked or sent.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class AcceptanceRecheckIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                AcceptanceRecheckIT.class,
                SupplyChainFixture.class,
                SupplyChainFixture.Chain.class,
                OriginationFixture.class,
                CreditCodes.class,
                ItProbe.class,
                AsSystem.class);
    }

    @EJB private SupplyChainFixture chains;
    @EJB private OriginationFixture origination;
    @EJB private ApplicationService applications;
    @EJB private HubHealthService health;
    @EJB private EarlyWarningService warnings;
    @EJB private LoanBookService book;
    @EJB private ItProbe probe;
    @EJB private AsSystem system;

    @Test
    void theLa3098SequenceIsRefusedAtAcceptanceAndNothingLeaves() throws Exception {
        Chain chain = chains.chain(1);
        long member = chain.members().get(0);
        origination.knownWellAndConsenting(member);
        ApplicationView approved =
                applications.decide(applications.submit(loan(member, "100000.00")).id());
        assertEquals("APPROVED", approved.status(), () -> String.valueOf(approved.decision()));
        long outboundBefore = outboundOf(approved.reference());

        HealthOutcome distressed =
                system.call(
                        () ->
                                health.recordIndicators(
                                        new RecordHubIndicators(
                                                chain.hubId(),
                                                LocalDate.now(OriginationFixture.BANK_ZONE),
                                                new BigDecimal("0.05"),
                                                new BigDecimal("0.02"),
                                                0,
                                                2)));
        assertEquals("DISTRESSED", distressed.hub().status());
        system.call(
                () ->
                        warnings.raise(
                                new RaiseWarning(
                                        member,
                                        null,
                                        "UTILITY_TREND",
                                        WarningLevel.RED,
                                        "IT: electricity use fell by half",
                                        "IT")));

        RecheckRefusedException refused =
                assertThrows(
                        RecheckRefusedException.class,
                        () -> applications.acceptOffer(approved.id()));
        assertEquals("RECHECK_FAILED", refused.code());
        assertEquals(List.of("HUB_STATUS", "2"), refused.arguments());

        ApplicationView after = applications.find(approved.id()).orElseThrow();
        assertEquals("SUBMITTED", after.status(), "sent back for a new decision");
        assertTrue(after.schedule().isEmpty());
        assertTrue(book.find(approved.reference()).isEmpty(), "nothing reserved or booked");
        assertEquals(outboundBefore, outboundOf(approved.reference()), "no instruction left");
        Set<String> failed =
                after.rechecks().stream()
                        .filter(r -> !r.holds())
                        .map(RecheckView::condition)
                        .collect(Collectors.toSet());
        assertEquals(Set.of("HUB_STATUS", "OPEN_WARNINGS"), failed);
        assertEquals(8, after.rechecks().size(), "every condition is kept, held or not");
        assertTrue(
                after.rechecks().stream()
                        .filter(r -> r.condition().equals("HUB_STATUS"))
                        .allMatch(r -> r.findings().startsWith("RECHECK_HUB_NOT_LENDING")));
        assertEquals(
                1L,
                probe.count(
                        "select count(e) from AuditEntry e where e.action ="
                            + " com.microcredit.protection.domain.audit.AuditAction.RECHECK_FAILED"
                            + " and e.subjectId = :b",
                        Map.of("b", String.valueOf(member))));

        // a new decision on fresh evidence; while the hub is distressed and the warning open, an
        // approval still cannot be accepted
        ApplicationView again = applications.decide(approved.id());
        if ("APPROVED".equals(again.status())) {
            assertThrows(RecheckRefusedException.class, () -> applications.acceptOffer(again.id()));
            assertFalse(book.find(approved.reference()).isPresent());
        }
    }

    @Test
    void anAcceptanceWithNothingChangedRecordsEveryConditionAsHolding() {
        Chain chain = chains.chain(1);
        long member = chain.members().get(0);
        origination.knownWellAndConsenting(member);
        ApplicationView approved =
                applications.decide(applications.submit(loan(member, "50000.00")).id());
        assertEquals("APPROVED", approved.status(), () -> String.valueOf(approved.decision()));

        ApplicationView accepted = applications.acceptOffer(approved.id());

        assertEquals("ACCEPTED", accepted.status());
        assertEquals(8, accepted.rechecks().size());
        assertTrue(accepted.rechecks().stream().allMatch(RecheckView::holds));
    }

    private long outboundOf(String reference) {
        return probe.count(
                "select count(m) from OutboundMessage m where m.businessKey = :r",
                Map.of("r", reference));
    }

    private static SubmitApplication loan(long borrower, String amount) {
        return new SubmitApplication(
                borrower,
                "TAX_LOAN",
                new BigDecimal(amount),
                "CNY",
                12,
                "EQUAL_INSTALMENT",
                "备货周转",
                "BRANCH",
                null);
    }
}
