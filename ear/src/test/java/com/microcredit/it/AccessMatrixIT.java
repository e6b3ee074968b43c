package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Role × page and role × API: every demo user (one per role) signs in and asks for every page and
 * API operation; the allowed roles get it, every other role is refused (403), nobody unsigned gets
 * anything (login redirect or 401).
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AccessMatrixIT.class, ApiCalls.class, PageCalls.class);
    }

    /** user → role, one per role. */
    private static final Map<String, String> USERS = Map.of("staff", "BRANCH_STAFF", "manager", "ACCOUNT_MANAGER",
            "officer", "CREDIT_OFFICER", "risk", "RISK_MANAGER", "auditor", "AUDITOR", "admin", "ADMIN");
    private static final Set<String> ALL = Set.copyOf(USERS.values());
    private static final Set<String> READERS = Set.of("BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR");

    /** page → the roles web.xml admits. */
    private static final Map<String, Set<String>> PAGES = Map.ofEntries(
            Map.entry("/mcrc/pages/home.xhtml", ALL),
            Map.entry("/mcrc/pages/hubs.xhtml", ALL),
            Map.entry("/mcrc/pages/borrowers/search.xhtml", READERS),
            Map.entry("/mcrc/pages/intake/enterprise.xhtml", Set.of("BRANCH_STAFF", "ACCOUNT_MANAGER")),
            Map.entry("/mcrc/pages/intake/individual.xhtml", Set.of("BRANCH_STAFF", "ACCOUNT_MANAGER")),
            Map.entry("/mcrc/pages/applications/new.xhtml", Set.of("BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER")),
            Map.entry("/mcrc/pages/groups/groups.xhtml", READERS),
            Map.entry("/mcrc/pages/referrals/queue.xhtml", Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR")),
            Map.entry("/mcrc/pages/visits/visits.xhtml", Set.of("ACCOUNT_MANAGER")),
            Map.entry("/mcrc/pages/portfolio/dashboard.xhtml", Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR")),
            Map.entry("/mcrc/pages/portfolio/limits.xhtml", Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR")),
            Map.entry("/mcrc/pages/risk/scorecards.xhtml", Set.of("RISK_MANAGER", "AUDITOR")),
            Map.entry("/mcrc/pages/risk/security-alerts.xhtml", Set.of("RISK_MANAGER", "AUDITOR")),
            Map.entry("/mcrc/pages/admin/inbound-messages.xhtml", Set.of("RISK_MANAGER", "ADMIN")),
            Map.entry("/mcrc/pages/audit/trail.xhtml", Set.of("AUDITOR")),
            Map.entry("/mcrc/pages/supply-chain/chain.xhtml", Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR")),
            Map.entry("/mcrc/pages/supply-chain/invoices.xhtml", Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR")),
            Map.entry("/mcrc/pages/supply-chain/import.xhtml", Set.of("CREDIT_OFFICER", "RISK_MANAGER")));

    /** API operation (GET path) → the roles its @RolesAllowed admits. */
    private static final Map<String, Set<String>> API = Map.of(
            "/mcrc/api/products", Set.of("BRANCH_STAFF", "ACCOUNT_MANAGER", "CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR",
                    "CORE_BANKING"),
            "/mcrc/api/borrowers?name=zz", READERS,
            "/mcrc/api/applications/referrals", Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"),
            "/mcrc/api/supply-chain/hubs/0/invoices", Set.of("CREDIT_OFFICER", "RISK_MANAGER", "AUDITOR"));

    @Test
    void everyRoleGetsExactlyThePagesItIsAllowed() {
        List<String> wrong = new ArrayList<>();
        USERS.forEach((user, role) -> {
            PageCalls browser = new PageCalls();
            PageCalls.Page signIn = browser.signIn(user);
            assertEquals(302, signIn.status(), user + " signs in");
            assertTrue(!signIn.location().contains("login.xhtml"), user + " is not sent back to the login page: " + signIn.location());
            PAGES.forEach((page, allowed) -> {
                int status = browser.get(page).status();
                int expected = allowed.contains(role) ? 200 : 403;
                if (status != expected) {
                    wrong.add(role + " " + page + ": " + status + " (expected " + expected + ")");
                }
            });
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void withoutSignInEveryPageSendsToTheLoginPage() {
        PageCalls anonymous = new PageCalls();
        PAGES.keySet().forEach(page -> {
            PageCalls.Page p = anonymous.get(page);
            assertEquals(302, p.status(), page);
            assertTrue(p.location().contains("login.xhtml"), page + " → " + p.location());
        });
    }

    @Test
    void everyRoleGetsExactlyTheApiOperationsItIsAllowed() {
        ApiCalls api = new ApiCalls();
        List<String> wrong = new ArrayList<>();
        Map<String, String> callers = new java.util.HashMap<>(USERS);
        callers.put("corebanking", "CORE_BANKING");
        callers.forEach((user, role) -> API.forEach((path, allowed) -> {
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
}
