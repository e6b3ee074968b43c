package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.architecture.EjbAccessMatrix;
import com.microcredit.origination.api.ApplicationService;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.ConsentService;
import com.microcredit.origination.api.GroupService;
import com.microcredit.portfolio.api.ChangeRefusedException;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LoanBookService;
import com.microcredit.portfolio.api.SettlementAccounts;
import com.microcredit.portfolio.application.NightlyRunServiceBean;
import com.microcredit.supplychain.api.ChainCredit;
import com.microcredit.supplychain.api.HubHealthService;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.RecordHubIndicators;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Role × page and role × API: every demo user (one per role) signs in and asks for every page and
 * API operation; the allowed roles get it, every other role is refused (403), nobody unsigned gets
 * anything (login redirect or 401). Write operations are called with a body or id that the service
 * refuses on its merits (400/404/409): an allowed role must get that far, through the resource's
 * and the EJB's role checks alike, so an EJB that refused a role its resource admits is caught.
 * Operations only the system identity may call (timers, listeners) refuse a direct call without it,
 * and so does every write service at the EJB (a call that bypasses pages and REST resources):
 * without a role it is refused, as the system identity (one of its roles) it gets past the role
 * check.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.asEveryRole(
                AccessMatrixIT.class,
                ApiCalls.class,
                PageCalls.class,
                AsSystem.class,
                EjbAccessMatrix.class,
                EjbAccessMatrix.Row.class,
                EjbMatrixCalls.class,
                RoleCall.class,
                AsBranchStaff.class,
                AsAccountManager.class,
                AsCreditOfficer.class,
                AsRiskManager.class,
                AsAuditor.class,
                AsAdmin.class,
                AsCoreBanking.class,
                AsSystemIdentity.class,
                AsNobody.class);
    }

    /** user → role, one per role. */
    private static final Map<String, String> USERS =
            Map.of(
                    "staff",
                    "BRANCH_STAFF",
                    "manager",
                    "ACCOUNT_MANAGER",
                    "officer",
                    "CREDIT_OFFICER",
                    "risk",
                    "RISK_MANAGER",
                    "auditor",
                    "AUDITOR",
                    "admin",
                    "ADMIN");

    private static final Set<String> ALL = Set.copyOf(USERS.values());
    private static final Set<String> READERS =
            Set.of("BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR");

    /** page → the roles web.xml admits. */
    private static final Map<String, Set<String>> PAGES =
            Map.ofEntries(
                    Map.entry("/mcrc/pages/home.xhtml", ALL),
                    Map.entry("/mcrc/pages/hubs.xhtml", ALL),
                    Map.entry("/mcrc/pages/borrowers/search.xhtml", READERS),
                    Map.entry(
                            "/mcrc/pages/intake/enterprise.xhtml",
                            Set.of("BRANCH_STAFF", "ACCOUNT_MANAGER")),
                    Map.entry(
                            "/mcrc/pages/intake/individual.xhtml",
                            Set.of("BRANCH_STAFF", "ACCOUNT_MANAGER")),
                    Map.entry(
                            "/mcrc/pages/applications/new.xhtml",
                            Set.of("BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER")),
                    Map.entry("/mcrc/pages/groups/groups.xhtml", READERS),
                    Map.entry(
                            "/mcrc/pages/referrals/queue.xhtml",
                            Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR")),
                    Map.entry("/mcrc/pages/visits/visits.xhtml", Set.of("ACCOUNT_MANAGER")),
                    Map.entry(
                            "/mcrc/pages/portfolio/dashboard.xhtml",
                            Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR")),
                    Map.entry(
                            "/mcrc/pages/portfolio/limits.xhtml",
                            Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR")),
                    Map.entry(
                            "/mcrc/pages/risk/scorecards.xhtml", Set.of("RISK_MANAGER", "AUDITOR")),
                    Map.entry(
                            "/mcrc/pages/risk/security-alerts.xhtml",
                            Set.of("RISK_MANAGER", "AUDITOR")),
                    Map.entry(
                            "/mcrc/pages/admin/inbound-messages.xhtml",
                            Set.of("RISK_MANAGER", "ADMIN")),
                    Map.entry("/mcrc/pages/audit/trail.xhtml", Set.of("AUDITOR")),
                    Map.entry(
                            "/mcrc/pages/supply-chain/chain.xhtml",
                            Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR")),
                    Map.entry(
                            "/mcrc/pages/supply-chain/invoices.xhtml",
                            Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR")),
                    Map.entry(
                            "/mcrc/pages/supply-chain/import.xhtml",
                            Set.of("CREDIT_OFFICER", "RISK_MANAGER")));

    /** API operation (GET path) → the roles its @RolesAllowed admits. */
    private static final Map<String, Set<String>> API =
            Map.of(
                    "/mcrc/api/products",
                            Set.of(
                                    "BRANCH_STAFF",
                                    "ACCOUNT_MANAGER",
                                    "CREDIT_OFFICER",
                                    "RISK_MANAGER",
                                    "AUDITOR",
                                    "CORE_BANKING"),
                    "/mcrc/api/borrowers?name=zz", READERS,
                    "/mcrc/api/applications/referrals",
                            Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"),
                    "/mcrc/api/supply-chain/hubs/0/invoices",
                            Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"));

    /** Write operation (POST path, body the service refuses on its merits) → the roles admitted. */
    private static final Map<String, Map.Entry<String, Set<String>>> WRITE_API =
            Map.of(
                    "/mcrc/api/borrowers/individuals",
                    Map.entry("{}", Set.of("BRANCH_STAFF", "ACCOUNT_MANAGER")),
                    "/mcrc/api/supply-chain/hubs/0/status-changes",
                    Map.entry(
                            "{\"status\":\"NORMAL\",\"reason\":\"matrix\"}",
                            Set.of("RISK_MANAGER")),
                    "/mcrc/api/supply-chain/status-changes/0/approval",
                    Map.entry("{}", Set.of("RISK_MANAGER")),
                    "/mcrc/api/supply-chain/invoices/0/confirmation",
                    Map.entry("{}", Set.of("CREDIT_OFFICER")),
                    "/mcrc/api/supply-chain/hubs/0/trade-files?format=JSON&fileName=matrix.json",
                    Map.entry("[]", Set.of("CREDIT_OFFICER", "RISK_MANAGER")),
                    "/mcrc/api/supply-chain/hub-payments",
                    Map.entry("{}", Set.of("CORE_BANKING")));

    @EJB private NightlyRunServiceBean nightly;
    @EJB private AsSystem system;
    @EJB private ApplicationService applications;
    @EJB private BorrowerService borrowers;
    @EJB private GroupService groups;
    @EJB private ConsentService consents;
    @EJB private HubService hubs;
    @EJB private LimitService limits;
    @EJB private ChainCredit chainCredit;
    @EJB private LoanBookService book;
    @EJB private SettlementAccounts settlement;
    @EJB private EarlyWarningService warnings;
    @EJB private HubHealthService health;

    /**
     * Every guarded write operation of the EJB layer, called with arguments it refuses on its
     * merits (nothing is written).
     */
    private Map<String, Callable<?>> guardedWrites() {
        Map<String, Callable<?>> calls = new LinkedHashMap<>();
        calls.put("ApplicationService.submit", () -> applications.submit(null));
        calls.put("ApplicationService.decide", () -> applications.decide(-1));
        calls.put(
                "ApplicationService.decideAutomatically",
                () -> applications.decideAutomatically(null, false));
        calls.put("ApplicationService.acceptOffer", () -> applications.acceptOffer(-1));
        calls.put("ApplicationService.withdraw", () -> applications.withdraw(-1, "matrix"));
        calls.put(
                "BorrowerService.registerAccountManager",
                () -> borrowers.registerAccountManager(null));
        calls.put("BorrowerService.registerEnterprise", () -> borrowers.registerEnterprise(null));
        calls.put("BorrowerService.registerIndividual", () -> borrowers.registerIndividual(null));
        calls.put("GroupService.formGroup", () -> groups.formGroup("matrix", -1, 5));
        calls.put("GroupService.admitMember", () -> groups.admitMember(-1, -1));
        calls.put("ConsentService.record", () -> consents.record(null));
        calls.put("ConsentService.revoke", () -> consents.revoke(-1, "matrix"));
        calls.put("HubService.onboardHub", () -> hubs.onboardHub(null));
        calls.put("HubService.addChainMember", () -> hubs.addChainMember(null));
        calls.put("LimitService.defineLimit", () -> limits.defineLimit(null));
        calls.put("LimitService.reserve", () -> limits.reserve(null));
        calls.put("LimitService.release", () -> limits.release(null));
        calls.put("LimitService.cancel", () -> limits.cancel("MATRIX-NONE"));
        calls.put(
                "LimitService.block",
                () -> limits.block(LimitType.BORROWER, "matrix-none", "matrix"));
        calls.put("LimitService.unblock", () -> limits.unblock(LimitType.BORROWER, "matrix-none"));
        calls.put("ChainCredit.recordTrade", () -> chainCredit.recordTrade(null));
        calls.put(
                "LoanBookService.recordDaysPastDue",
                () -> book.recordDaysPastDue("MATRIX-NONE", 1, LocalDate.of(2000, 1, 1)));
        calls.put(
                "SettlementAccounts.postTransaction",
                () -> settlement.postTransaction(null, null, null, null, null, null, null, null));
        calls.put("EarlyWarningService.raise", () -> warnings.raise(null));
        calls.put("EarlyWarningService.raiseAll", () -> warnings.raiseAll(List.of()));
        calls.put(
                "EarlyWarningService.escalateOverdue",
                () -> warnings.escalateOverdue(LocalDate.of(2000, 1, 1)));
        calls.put(
                "HubHealthService.recordIndicators",
                () ->
                        health.recordIndicators(
                                new RecordHubIndicators(
                                        -1,
                                        LocalDate.of(2000, 1, 1),
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        0,
                                        0)));
        return calls;
    }

    @Test
    void everyRoleGetsExactlyThePagesItIsAllowed() {
        List<String> wrong = new ArrayList<>();
        USERS.forEach(
                (user, role) -> {
                    PageCalls browser = new PageCalls();
                    PageCalls.Page signIn = browser.signIn(user);
                    assertEquals(302, signIn.status(), user + " signs in");
                    assertTrue(
                            !signIn.location().contains("login.xhtml"),
                            user + " is not sent back to the login page: " + signIn.location());
                    PageCalls[] client = {browser};
                    PAGES.forEach(
                            (page, allowed) -> {
                                PageCalls.Page answer = client[0].get(page);
                                if (answer.status() == 302
                                        && answer.location() != null
                                        && answer.location().contains("login.xhtml")) {
                                    // The session ended under the test (seen once in a whole
                                    // suite run, cause not found yet: docs/security.md). Signed
                                    // in afresh, the page must answer as the role allows; a
                                    // second redirect is a failure.
                                    System.out.println(
                                            "AccessMatrixIT: "
                                                    + user
                                                    + "'s session ended before "
                                                    + page
                                                    + "; signing in again");
                                    client[0] = new PageCalls();
                                    assertEquals(302, client[0].signIn(user).status());
                                    answer = client[0].get(page);
                                }
                                int status = answer.status();
                                int expected = allowed.contains(role) ? 200 : 403;
                                // An allowed page is drawn whole (its footer and end); a page that
                                // failed half way must not pass as 200.
                                boolean whole =
                                        status != 200
                                                || answer.body().contains("mcrc-footer")
                                                        && answer.body()
                                                                .strip()
                                                                .endsWith("</html>");
                                if (status != expected || !whole) {
                                    wrong.add(
                                            role
                                                    + " "
                                                    + page
                                                    + ": "
                                                    + status
                                                    + (whole ? "" : " half drawn")
                                                    + (answer.location() == null
                                                            ? ""
                                                            : " → " + answer.location())
                                                    + " (expected "
                                                    + expected
                                                    + ")");
                                }
                            });
                });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void withoutSignInEveryPageSendsToTheLoginPage() {
        PageCalls anonymous = new PageCalls();
        PAGES.keySet()
                .forEach(
                        page -> {
                            PageCalls.Page p = anonymous.get(page);
                            assertEquals(302, p.status(), page);
                            assertTrue(
                                    p.location().contains("login.xhtml"),
                                    page + " → " + p.location());
                        });
    }

    @Test
    void everyRoleGetsExactlyTheApiOperationsItIsAllowed() {
        ApiCalls api = new ApiCalls();
        List<String> wrong = new ArrayList<>();
        Map<String, String> callers = new java.util.HashMap<>(USERS);
        callers.put("corebanking", "CORE_BANKING");
        callers.forEach(
                (user, role) ->
                        API.forEach(
                                (path, allowed) -> {
                                    int status = api.get(path, user).status();
                                    boolean admitted = status != 401 && status != 403;
                                    boolean expected = allowed.contains(role);
                                    if (admitted != expected || (expected && status != 200)) {
                                        wrong.add(role + " " + path + ": " + status);
                                    }
                                }));
        API.keySet().forEach(path -> assertEquals(401, api.get(path, null).status(), path));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyRoleGetsExactlyTheWriteOperationsItIsAllowed() {
        ApiCalls api = new ApiCalls();
        List<String> wrong = new ArrayList<>();
        Map<String, String> callers = new java.util.HashMap<>(USERS);
        callers.put("corebanking", "CORE_BANKING");
        callers.forEach(
                (user, role) ->
                        WRITE_API.forEach(
                                (path, call) -> {
                                    ApiCalls.Reply reply = api.post(path, user, call.getKey());
                                    boolean expected = call.getValue().contains(role);
                                    boolean refusedOnItsMerits =
                                            reply.status() == 400
                                                    || reply.status() == 404
                                                    || reply.status() == 409;
                                    if (expected ? !refusedOnItsMerits : reply.status() != 403) {
                                        wrong.add(
                                                role
                                                        + " POST "
                                                        + path
                                                        + ": "
                                                        + reply.status()
                                                        + " "
                                                        + reply.body());
                                    }
                                }));
        WRITE_API.forEach(
                (path, call) ->
                        assertEquals(401, api.post(path, null, call.getKey()).status(), path));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void operationsOfTimersAndListenersRefuseADirectCallWithoutTheSystemIdentity()
            throws Exception {
        assertThrows(
                EJBAccessException.class, () -> nightly.startScheduled(LocalDate.of(2000, 1, 1)));
        assertThrows(
                EJBAccessException.class,
                () -> nightly.startAsProcess(LocalDate.of(2000, 1, 1), "matrix", 1, 1));
        assertThrows(EJBAccessException.class, () -> nightly.restartAsProcess(-1));
        // As the system identity the container admits the call; the refusal is then the run's own.
        ChangeRefusedException e =
                assertThrows(
                        ChangeRefusedException.class,
                        () -> system.call(() -> nightly.restartAsProcess(-1)));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }

    @Test
    void writeServicesRefuseADirectCallWithoutARoleAndAdmitTheSystemIdentity() {
        List<String> wrong = new ArrayList<>();
        guardedWrites()
                .forEach(
                        (operation, call) -> {
                            Throwable anonymous = thrown(call);
                            if (!(anonymous instanceof EJBAccessException)) {
                                wrong.add(operation + " without a role: " + anonymous);
                            }
                            Throwable asSystem = thrown(() -> system.call(call));
                            if (refusedByRole(asSystem)) {
                                wrong.add(operation + " as SYSTEM: " + asSystem);
                            }
                        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * The EJB layer as a whole: every public method of every session bean (ejb-access-matrix.txt,
     * held to the annotations by EjbRolesTest) called as each role and as nobody admits exactly the
     * roles the matrix names, and an admitted role is not refused further in.
     */
    @Test
    void everyBeanMethodAdmitsExactlyTheRolesOfTheMatrix() throws Exception {
        int[] calls = {0};
        List<String> wrong = EjbMatrixCalls.differences(calls);
        System.out.println(
                "AccessMatrixIT: "
                        + calls[0]
                        + " EJB calls; not called by the roles they admit: "
                        + EjbMatrixCalls.NOT_CALLED_WHEN_ADMITTED.keySet());
        assertTrue(calls[0] > 1_000, "EJB calls made: " + calls[0]);
        assertTrue(wrong.isEmpty(), wrong.size() + " differences:\n" + String.join("\n", wrong));
    }

    private static Throwable thrown(Callable<?> call) {
        try {
            call.call();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private static boolean refusedByRole(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
