package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.WarningLevel;
import com.microcredit.portfolio.api.WarningSignalView;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Early-warning signals on the real database: never duplicated, part of the raiser's transaction.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class EarlyWarningIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(EarlyWarningIT.class, ItProbe.class);
    }

    @EJB private EarlyWarningService warnings;

    @EJB private ItProbe probe;

    private static long someBorrower() {
        return 900_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L);
    }

    @Test
    void theSameIndicatorRaisedTwiceIsOneSignalAtTheHigherLevel() {
        long borrower = someBorrower();
        String loan = "IT-EW-" + UUID.randomUUID().toString().substring(0, 8);
        WarningSignalView first =
                warnings.raise(
                        new RaiseWarning(
                                borrower,
                                loan,
                                "SETTLEMENT_COVERAGE_30D",
                                WarningLevel.YELLOW,
                                "coverage 52 % < 60 %",
                                "it"));
        WarningSignalView second =
                warnings.raise(
                        new RaiseWarning(
                                borrower,
                                loan,
                                "SETTLEMENT_COVERAGE_30D",
                                WarningLevel.ORANGE,
                                "coverage 31 % < 60 %",
                                "it"));
        assertEquals(first.id(), second.id());
        assertEquals(WarningLevel.ORANGE, second.level());
        assertEquals(2, second.sightings());
        assertEquals(
                1L,
                probe.count(
                        "select count(s) from WarningSignal s where s.borrowerId = :b",
                        Map.of("b", borrower)));

        warnings.raise(
                new RaiseWarning(
                        borrower,
                        loan,
                        "PROHIBITED_INDUSTRY_PAYMENT",
                        WarningLevel.RED,
                        "DEBIT 80,000.00 to industry K70",
                        "it"));
        assertEquals(
                2L,
                probe.count(
                        "select count(s) from WarningSignal s where s.borrowerId = :b",
                        Map.of("b", borrower)),
                "another indicator is another signal");
    }

    /**
     * Issue 26: hub distress raised per loan (supply-chain contagion) and per borrower (the nightly
     * run) is one cause, so one open signal.
     */
    @Test
    void aBorrowerLevelCauseRaisedWithAndWithoutALoanIsOneOpenSignal() {
        long borrower = someBorrower();
        WarningSignalView contagion =
                warnings.raise(
                        new RaiseWarning(
                                borrower,
                                "IT-HUB-" + borrower,
                                "HUB_DISTRESS",
                                WarningLevel.ORANGE,
                                "hub on watch",
                                "supply-chain contagion"));
        WarningSignalView nightly =
                warnings.raise(
                        new RaiseWarning(
                                borrower,
                                null,
                                "HUB_DISTRESS",
                                WarningLevel.RED,
                                "hub DISTRESSED",
                                "nightly-run"));
        assertEquals(contagion.id(), nightly.id());
        assertEquals(null, nightly.loanReference(), "hub distress describes the borrower");
        assertEquals(WarningLevel.RED, nightly.level());
        assertEquals(
                1L,
                probe.count(
                        "select count(s) from WarningSignal s where s.borrowerId = :b and"
                                + " s.indicator = 'HUB_DISTRESS'",
                        Map.of("b", borrower)));
    }

    @Test
    void aSignalRaisedInATransactionThatRollsBackDoesNotExist() throws Exception {
        long borrower = someBorrower();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        warnings.raise(
                new RaiseWarning(
                        borrower, null, "HUB_DISTRESS", WarningLevel.RED, "hub distressed", "it"));
        tx.rollback();
        assertEquals(
                0L,
                probe.count(
                        "select count(s) from WarningSignal s where s.borrowerId = :b",
                        Map.of("b", borrower)));
    }

    @Test
    void aWarningWithoutEvidenceIsRefusedWithTheReason() {
        ChangeRefusedException e =
                assertThrows(
                        ChangeRefusedException.class,
                        () ->
                                warnings.raise(
                                        new RaiseWarning(
                                                someBorrower(),
                                                null,
                                                "HUB_DISTRESS",
                                                WarningLevel.RED,
                                                " ",
                                                "it")));
        assertTrue(e.getMessage().contains("evidence"), e.getMessage());
    }
}
