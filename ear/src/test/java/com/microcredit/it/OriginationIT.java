package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.ApplicationView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.InstalmentView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.origination.api.SubmitApplication;
import com.microcredit.portfolio.api.DefineLimit;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.SettlementAccounts;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Origination on the real database: application → decision through the paths → acceptance with the
 * limit reservation and the fixed schedule; a refused reservation rolls back the step that asked
 * for it; no information, no loan; no consent, no data (and the refusal is logged).
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class OriginationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                OriginationIT.class, ItProbe.class, OriginationFixture.class, CreditCodes.class);
    }

    @EJB private BorrowerService borrowers;
    @EJB private ApplicationService applications;
    @EJB private LimitService limits;
    @EJB private LoanBookService book;
    @EJB private SettlementAccounts settlement;
    @EJB private OriginationFixture fixture;
    @EJB private ItProbe probe;

    @Test
    void anApplicationIsDecidedReservedAndScheduledOnTheRealDatabase() {
        long borrower = wellKnownBorrower();
        ApplicationView decided =
                applications.decide(applications.submit(taxLoan(borrower, "100000.00", null)).id());
        assertEquals("APPROVED", decided.status(), () -> String.valueOf(decided.decision()));
        assertTrue(
                decided.decision()
                        .pathsUsed()
                        .containsAll(java.util.List.of("RELATIONSHIP", "BIG_DATA", "DATA_CENTRE")),
                decided.decision().pathsUsed().toString());
        assertEquals(5, decided.decision().paths().size());
        assertTrue(decided.pricing().annualRate().compareTo(decided.pricing().maximumRate()) <= 0);
        assertTrue(decided.pricing().expectedProfit().signum() >= 0);

        ApplicationView accepted = applications.acceptOffer(decided.id());
        assertEquals("ACCEPTED", accepted.status());
        assertEquals(12, accepted.schedule().size());
        assertEquals(
                new BigDecimal("100000.00"),
                accepted.schedule().stream()
                        .map(InstalmentView::principal)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(
                new BigDecimal("100000.00"),
                book.find(accepted.exposureReference()).orElseThrow().outstanding());
        assertEquals(
                12L,
                probe.count(
                        "select count(a) from LoanApplication a join a.schedule s where a.id = :id",
                        Map.of("id", accepted.id())));
        assertTrue(
                probe.count(
                                "select count(q) from DataQuery q where q.borrowerId = :b",
                                Map.of("b", borrower))
                        >= 10,
                "every gateway query is logged");
    }

    @Test
    void aRefusedReservationRollsTheAcceptanceBackAndTheOfferStaysOpen() {
        long borrower = wellKnownBorrower();
        limits.defineLimit(
                new DefineLimit(
                        LimitType.BORROWER,
                        String.valueOf(borrower),
                        new BigDecimal("50000.00"),
                        "CNY",
                        "IT: a borrower limit below the loan"));
        ApplicationView decided =
                applications.decide(applications.submit(taxLoan(borrower, "100000.00", null)).id());
        assertEquals("APPROVED", decided.status());

        assertThrows(LimitRefusedException.class, () -> applications.acceptOffer(decided.id()));

        ApplicationView after = applications.find(decided.id()).orElseThrow();
        assertEquals("APPROVED", after.status());
        assertTrue(after.schedule().isEmpty());
        assertTrue(book.find(decided.reference()).isEmpty(), "no exposure booked");
    }

    @Test
    void aRefusedReservationRollsBackTheWholeAutomatedDecision() {
        long borrower = wellKnownBorrower();
        limits.defineLimit(
                new DefineLimit(
                        LimitType.BORROWER,
                        String.valueOf(borrower),
                        new BigDecimal("50000.00"),
                        "CNY",
                        "IT: a borrower limit below the loan"));
        String channelReference = "IT-" + UUID.randomUUID();
        assertThrows(
                LimitRefusedException.class,
                () ->
                        applications.decideAutomatically(
                                taxLoan(borrower, "100000.00", channelReference), true));
        assertEquals(
                0L,
                probe.count(
                        "select count(a) from LoanApplication a where a.channelReference = :r",
                        Map.of("r", channelReference)),
                "the decision rolled back with the reservation");
    }

    @Test
    void theSameAutomatedRequestTwiceGetsTheSameAnswer() {
        long borrower = wellKnownBorrower();
        String channelReference = "IT-" + UUID.randomUUID();
        ApplicationView first =
                applications.decideAutomatically(
                        taxLoan(borrower, "60000.00", channelReference), true);
        ApplicationView again =
                applications.decideAutomatically(
                        taxLoan(borrower, "60000.00", channelReference), true);
        assertEquals("ACCEPTED", first.status());
        assertEquals(first.id(), again.id());
        assertEquals(
                new BigDecimal("60000.00"), book.find(first.reference()).orElseThrow().principal());
    }

    @Test
    void noInformationNoLoan() {
        long borrower = newBorrower(false);
        ApplicationView decided =
                applications.decide(applications.submit(taxLoan(borrower, "20000.00", null)).id());
        assertEquals("DECLINED", decided.status());
        assertTrue(decided.decision().pathsUsed().isEmpty());
        assertTrue(
                java.util.List.of("NO_INFORMATION", "HARD_STOP")
                        .contains(decided.decision().decidingRule()));
    }

    @Test
    void withoutConsentNoDataIsUsedAndTheRefusalIsLogged() {
        long borrower = newBorrower(true);
        fixture.alternativeDataWithoutConsent(borrower);
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
        assertEquals(
                "NO_CONSENT",
                decided.decision().paths().stream()
                        .filter(p -> p.path().equals("BIG_DATA"))
                        .findFirst()
                        .orElseThrow()
                        .reasonCode());
        assertTrue(
                probe.count(
                                "select count(q) from DataQuery q where q.borrowerId = :b and"
                                    + " q.outcome ="
                                    + " com.microcredit.origination.domain.consent.DataQuery.Outcome.REFUSED",
                                Map.of("b", borrower))
                        >= 10);
    }

    @Test
    void inputOutsideTheProductsTermsIsRefusedWithTheField() {
        long borrower = newBorrower(true);
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> applications.submit(taxLoan(borrower, "5000000.00", null)));
        assertEquals("amount", e.field());
    }

    private long wellKnownBorrower() {
        long borrower = newBorrower(true);
        fixture.knownWellAndConsenting(borrower);
        LocalDate today = LocalDate.now(OriginationFixture.BANK_ZONE);
        String account = accountOf(borrower);
        for (int week = 0; week < 13; week++) {
            settlement.postTransaction(
                    account + "-" + week,
                    account,
                    "CREDIT",
                    new BigDecimal("20000.00"),
                    "CNY",
                    "IT customer",
                    "F52",
                    today.minusDays(7L * week + 1));
        }
        return borrower;
    }

    private long newBorrower(boolean located) {
        String login = "it-" + UUID.randomUUID().toString().substring(0, 8);
        AccountManagerView manager =
                borrowers.registerAccountManager(
                        new RegisterAccountManager(
                                login,
                                "IT manager",
                                "IT-001",
                                new BigDecimal("30.274084"),
                                new BigDecimal("120.155070"),
                                new BigDecimal("50")));
        String account =
                "62220"
                        + String.format(
                                "%011d",
                                Math.abs(
                                        UUID.randomUUID().getMostSignificantBits()
                                                % 100_000_000_000L));
        BorrowerView b =
                borrowers.registerEnterprise(
                        new RegisterEnterprise(
                                "IT enterprise " + login,
                                CreditCodes.next(),
                                "F52",
                                "330106",
                                manager.id(),
                                "IT owner",
                                LocalDate.of(2014, 3, 1),
                                new BigDecimal("1000000.00"),
                                located ? new BigDecimal("30.26") : null,
                                located ? new BigDecimal("120.15") : null,
                                located ? account : null));
        return b.id();
    }

    private String accountOf(long borrowerId) {
        return (String)
                probe.firstRow(
                                "select b.settlementAccount, b.id from Borrower b where b.id = :id",
                                Map.of("id", borrowerId))[0];
    }

    private static SubmitApplication taxLoan(
            long borrower, String amount, String channelReference) {
        return new SubmitApplication(
                borrower,
                "TAX_LOAN",
                new BigDecimal(amount),
                "CNY",
                12,
                "EQUAL_INSTALMENT",
                "Working capital for stock",
                channelReference == null ? "BRANCH" : "ONLINE",
                channelReference);
    }
}
