package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.portfolio.api.DefineLimit;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.OnboardHub;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Services in different EJB modules share one JTA transaction and one persistence unit. */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class CrossModuleTransactionIT {

    // Valid identity numbers that the demo data does not use; these tests never commit them.
    private static final String CREDIT_CODE = "91350100M000100Y43";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(CrossModuleTransactionIT.class, ItProbe.class);
    }

    @EJB private BorrowerService borrowers;

    @EJB private LimitService limits;

    @EJB private HubService hubs;

    @EJB private ItProbe probe;

    @Test
    void writesOfTwoModulesInOneTransactionRollBackTogether() throws Exception {
        String login = "it-" + UUID.randomUUID().toString().substring(0, 8);
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        AccountManagerView manager =
                borrowers.registerAccountManager(
                        new RegisterAccountManager(
                                login,
                                "IT manager",
                                "IT-001",
                                new BigDecimal("30.0"),
                                new BigDecimal("120.0"),
                                new BigDecimal("50")));
        BorrowerView borrower =
                borrowers.registerEnterprise(
                        new RegisterEnterprise(
                                "IT enterprise",
                                CREDIT_CODE,
                                "F52",
                                "350100",
                                manager.id(),
                                "IT owner",
                                java.time.LocalDate.of(2015, 1, 1),
                                new BigDecimal("1000000.00"),
                                null,
                                null,
                                null));
        String key = String.valueOf(borrower.id());
        limits.defineLimit(
                new DefineLimit(LimitType.BORROWER, key, new BigDecimal("300000.00"), "CNY", "IT"));
        assertTrue(
                limits.find(LimitType.BORROWER, key).isPresent(), "visible inside the transaction");
        tx.rollback();

        assertTrue(borrowers.find(borrower.id()).isEmpty(), "origination write rolled back");
        assertTrue(limits.find(LimitType.BORROWER, key).isEmpty(), "portfolio write rolled back");
        assertEquals(
                0L,
                probe.count(
                        "select count(m) from AccountManager m where m.staffLogin = :l",
                        Map.of("l", login)));
    }

    @Test
    void aLimitThePortfolioModuleRefusesUndoesTheHubOnboarding() {
        // The supply-chain module persists and flushes the hub, then the portfolio module refuses
        // the negative chain limit with an application exception that rolls the whole transaction
        // back.
        assertThrows(
                LimitRefusedException.class,
                () ->
                        hubs.onboardHub(
                                new OnboardHub(
                                        "IT hub",
                                        CREDIT_CODE,
                                        "C38",
                                        new BigDecimal("-1.00"),
                                        "CNY")));
        assertEquals(
                0L,
                probe.count(
                        "select count(h) from HubEnterprise h where h.creditCode = :c",
                        Map.of("c", CREDIT_CODE)));
    }
}
