package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.ConsentService;
import com.microcredit.origination.api.ConsentView;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.RecordConsent;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterIndividual;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data protection on the real database: identity, account and mobile numbers are encrypted in the
 * raw rows (read with plain JDBC), yet duplicates are still found by their lookup hash; every view
 * of a borrower writes an audit row; unmasking needs an allowed role; an account manager looking at
 * another manager's borrower, and a burst of look-ups, raise alerts; repeated failed sign-ins lock
 * a login; the container's own j_security_check is closed; a cross-site form post is refused.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class DataProtectionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                DataProtectionIT.class,
                ItProbe.class,
                CreditCodes.class,
                ApiCalls.class,
                PageCalls.class);
    }

    @EJB private BorrowerService borrowers;
    @EJB private ItProbe probe;
    @EJB private ConsentService consents;

    @Test
    void rawRowsHoldNoPlaintextIdentityOrAccountNumbers() throws Exception {
        String residentId = CreditCodes.nextResidentId();
        String account =
                "6222"
                        + String.format(
                                "%012d",
                                Math.floorMod(
                                        UUID.randomUUID().getMostSignificantBits(),
                                        1_000_000_000_000L));
        String mobile = nextMobile();
        BorrowerView b =
                borrowers.registerIndividual(
                        new RegisterIndividual(
                                "IT household " + UUID.randomUUID().toString().substring(0, 8),
                                residentId,
                                "330106",
                                newManager().id(),
                                "杭州市西湖区文三路 1 号",
                                3,
                                null,
                                null,
                                account,
                                "+86 "
                                        + mobile.substring(0, 3)
                                        + "-"
                                        + mobile.substring(3, 7)
                                        + "-"
                                        + mobile.substring(7)));

        try (Connection c = dataSource().getConnection()) {
            List<String> columns = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM borrower WHERE id = ?")) {
                s.setLong(1, b.id());
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next());
                    ResultSetMetaData md = rs.getMetaData();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        columns.add(md.getColumnName(i).toLowerCase());
                        String value = rs.getString(i);
                        assertFalse(
                                value != null && value.contains(residentId.substring(6, 14)),
                                "column "
                                        + md.getColumnName(i)
                                        + " holds the birth date of the identity number: "
                                        + value);
                        assertFalse(
                                value != null && value.contains(account.substring(4)),
                                "column " + md.getColumnName(i) + " holds the account number");
                        assertFalse(
                                value != null && value.contains(mobile.substring(3)),
                                "column " + md.getColumnName(i) + " holds the mobile number");
                    }
                    assertTrue(
                            rs.getString("identity_cipher").startsWith("g1."),
                            "AES-GCM under a key id");
                    assertEquals(64, rs.getString("identity_hash").length());
                    assertTrue(
                            rs.getString("mobile_cipher").startsWith("g1."),
                            "the mobile is encrypted too");
                    assertEquals(64, rs.getString("mobile_hash").length());
                }
            }
            assertFalse(
                    columns.contains("identity_number"), "no plaintext column left: " + columns);
            assertFalse(
                    columns.contains("settlement_account"), "no plaintext column left: " + columns);
            assertFalse(
                    columns.stream().anyMatch(n -> n.contains("phone") || n.equals("mobile")),
                    "no plaintext phone column: " + columns);
            try (Statement s = c.createStatement();
                    ResultSet rs =
                            s.executeQuery(
                                    "SELECT mobile_cipher FROM borrower WHERE mobile_cipher IS NOT"
                                            + " NULL")) {
                while (rs.next()) {
                    assertTrue(
                            rs.getString(1).startsWith("g1."), "every stored mobile is encrypted");
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT identity_cipher FROM borrower")) {
                while (rs.next()) {
                    assertTrue(
                            rs.getString(1).startsWith("g1."),
                            "every borrower's number is encrypted");
                }
            }
        }
        assertTrue(borrowers.find(b.id()).orElseThrow().maskedIdentityNumber().contains("*"));
        assertEquals(mobile.substring(0, 3) + "****" + mobile.substring(7), b.maskedMobile());
    }

    /**
     * The JPA converter of every encrypted attribute lives in domain-model and holds no keys: the
     * persistence provider creates it through CDI, which injects the platform's key ring (ADR
     * 0020). Without that injection a borrower cannot be stored at all; with it, the stored form is
     * the configured active key's and the container's ring reads it back.
     */
    @Test
    void encryptedAttributesUseTheKeyRingTheContainerInjectsIntoTheConverter() throws Exception {
        String residentId = CreditCodes.nextResidentId();
        String account = "6222" + String.format("%012d", System.nanoTime() % 1_000_000_000_000L);
        BorrowerView b = individual(newManager(), residentId, account);
        String activeKey =
                org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("mcrc.crypto.active-key", String.class);
        try (Connection c = dataSource().getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT identity_cipher, identity_hash, settlement_account_cipher,"
                                        + " settlement_account_hash FROM borrower WHERE id = ?")) {
            s.setLong(1, b.id());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(
                        rs.getString(1).startsWith("g1." + activeKey + "."),
                        "sealed under the configured active key: " + rs.getString(1));
                assertEquals(residentId, probe.decrypt(rs.getString(1)));
                assertEquals(probe.lookupHash(residentId), rs.getString(2));
                assertEquals(account, probe.decrypt(rs.getString(3)));
                assertEquals(probe.accountHash(account), rs.getString(4));
            }
        }
        assertEquals(
                residentId,
                probe.firstValue(
                        "select b.identityNumber from Borrower b where b.id = :id",
                        Map.of("id", b.id())),
                "read back through the converter");
    }

    @Test
    void aBorrowerIsFoundByMobileThroughItsLookupHashAndTheTrailShowsTheNumberMasked() {
        String mobile = nextMobile();
        AccountManagerView m = newManager();
        BorrowerView b =
                borrowers.registerIndividual(
                        new RegisterIndividual(
                                "IT mobile " + UUID.randomUUID().toString().substring(0, 8),
                                CreditCodes.nextResidentId(),
                                "330106",
                                m.id(),
                                "杭州市西湖区文三路 2 号",
                                2,
                                null,
                                null,
                                null,
                                mobile));
        List<BorrowerView> found =
                borrowers.search(mobile.substring(0, 3) + " " + mobile.substring(3), 10);
        assertEquals(List.of(b.id()), found.stream().map(BorrowerView::id).toList());
        assertFalse(
                found.get(0).maskedMobile().contains(mobile.substring(3, 7)),
                "masked in the answer");
        Object[] row =
                probe.firstRow(
                        "select a.detail, a.action from AuditEntry a where a.action = :action "
                                + "order by a.id desc",
                        Map.of(
                                "action",
                                com.microcredit.protection.domain.audit.AuditAction
                                        .BORROWER_SEARCH));
        assertEquals(
                "AUDIT_SEARCH_BY_MOBILE\u001F"
                        + mobile.substring(0, 3)
                        + "****"
                        + mobile.substring(7),
                row[0]);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                borrowers.registerIndividual(
                                        new RegisterIndividual(
                                                "IT bad mobile",
                                                CreditCodes.nextResidentId(),
                                                "330106",
                                                m.id(),
                                                "杭州市西湖区 3 号",
                                                1,
                                                null,
                                                null,
                                                null,
                                                "12800138000")));
        assertEquals("mobile", e.field());
    }

    @Test
    void theRestApiAnswersTheMobileMaskedAndSearchesByIt() {
        String mobile = nextMobile();
        BorrowerView b =
                borrowers.registerIndividual(
                        new RegisterIndividual(
                                "IT rest mobile " + UUID.randomUUID().toString().substring(0, 8),
                                CreditCodes.nextResidentId(),
                                "330106",
                                newManager().id(),
                                "杭州市西湖区文三路 4 号",
                                2,
                                null,
                                null,
                                null,
                                mobile));
        ApiCalls api = new ApiCalls();
        ApiCalls.Reply one = api.get("/mcrc/api/borrowers/" + b.id(), "auditor");
        assertEquals(200, one.status(), one.body());
        assertFalse(one.body().contains(mobile), one.body());
        assertEquals(b.maskedMobile(), one.json().getString("maskedMobile"));
        ApiCalls.Reply search = api.get("/mcrc/api/borrowers?mobile=" + mobile, "auditor");
        assertEquals(200, search.status(), search.body());
        assertEquals(1, search.array().size(), search.body());
        assertFalse(search.body().contains(mobile), search.body());
        assertEquals(400, api.get("/mcrc/api/borrowers?mobile=12345", "auditor").status());
    }

    @Test
    void aDuplicateIdentityNumberIsStillFoundThroughItsLookupHash() {
        AccountManagerView m = newManager();
        String residentId = CreditCodes.nextResidentId();
        individual(m, residentId, null);
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> individual(m, residentId.toLowerCase(), null));
        assertEquals("residentIdNumber", e.field());
    }

    @Test
    void everyViewOfABorrowerWritesAnAuditRow() {
        BorrowerView b = individual(newManager(), CreditCodes.nextResidentId(), null);
        String jpql =
                "select count(a) from AuditEntry a where a.action = :action and a.subjectType ="
                        + " 'BORROWER' and a.subjectId = :id";
        Map<String, Object> params =
                Map.of(
                        "action",
                        com.microcredit.protection.domain.audit.AuditAction.BORROWER_VIEW,
                        "id",
                        String.valueOf(b.id()));
        long before = probe.count(jpql, params);
        borrowers.profile(b.id());
        assertEquals(before + 1, probe.count(jpql, params));
        borrowers.find(b.id());
        borrowers.profile(b.id());
        assertEquals(before + 3, probe.count(jpql, params));
        Object[] row =
                probe.firstRow(
                        "select a.actor, a.clientAddress, a.detail from AuditEntry a where"
                                + " a.subjectId = :id and a.action = :action order by a.id desc",
                        params);
        assertEquals("AUDIT_BORROWER_VIEWED\u001FVIEW_360", row[2]);
        assertTrue(row[0] != null && row[1] != null, "who and from where");
    }

    /**
     * Issue 26: a consent captured or revoked is on the trail, on the borrower, with the real
     * caller and codes for a detail; no limit change of the book names an unauthenticated proposer
     * (the demo book's limits are defined as the system identity, ADR 0014).
     */
    @Test
    void consentCaptureAndRevocationAreAuditedAndNoLimitChangeHasAnAnonymousProposer() {
        BorrowerView b = individual(newManager(), CreditCodes.nextResidentId(), null);
        ConsentView consent =
                consents.record(
                        new RecordConsent(
                                b.id(),
                                "CREDIT_ASSESSMENT",
                                List.of("TAX", "ELECTRICITY"),
                                LocalDate.now().plusYears(1),
                                "IT-CONSENT-" + b.id()));
        consents.revoke(consent.id(), "withdrawn by the borrower");
        for (String action : List.of("CONSENT_RECORDED", "CONSENT_REVOKED")) {
            Object[] row =
                    probe.firstRow(
                            "select a.actor, a.detail from AuditEntry a where a.action = :action"
                                    + " and a.subjectType = 'BORROWER' and a.subjectId = :id",
                            Map.of(
                                    "action",
                                    com.microcredit.protection.domain.audit.AuditAction.valueOf(
                                            action),
                                    "id",
                                    String.valueOf(b.id())));
            assertEquals("mcrc-system", row[0], action + " names the caller");
            assertEquals(
                    "AUDIT_CONSENT\u001F"
                            + consent.id()
                            + "\u001FCREDIT_ASSESSMENT\u001FELECTRICITY, TAX",
                    row[1],
                    action + " detail");
        }
        assertTrue(
                probe.count("select count(c) from LimitChange c", Map.of()) > 0,
                "the demo book defined limits");
        assertEquals(
                0L,
                probe.count(
                        "select count(c) from LimitChange c where c.approval.maker ="
                                + " 'UNAUTHENTICATED'",
                        Map.of()));
    }

    @Test
    void unmaskingNeedsAnAllowedRole() {
        BorrowerView b = individual(newManager(), CreditCodes.nextResidentId(), null);
        assertThrows(
                EJBAccessException.class,
                () -> borrowers.unmask(b.id(), "checking the identity card"));
    }

    @Test
    void anAccountManagerLookingUpAnotherManagersBorrowerRaisesAnAlert() {
        // manager2 is an account manager by its record; the demo book (which has it) is loaded on
        // Derby only
        if (borrowers.accountManagers().stream()
                .noneMatch(m -> "manager2".equals(m.staffLogin()))) {
            borrowers.registerAccountManager(
                    new RegisterAccountManager(
                            "manager2",
                            "IT manager2",
                            "IT-001",
                            new BigDecimal("30.274084"),
                            new BigDecimal("120.155070"),
                            new BigDecimal("50")));
        }
        BorrowerView elsewhere = individual(newManager(), CreditCodes.nextResidentId(), null);
        String alerts =
                "select count(s) from SecurityAlert s where s.actor = 'manager2' and s.borrowerId ="
                        + " :id and s.kind ="
                        + " com.microcredit.protection.domain.monitoring.AlertKind.OUTSIDE_BOOK";
        assertEquals(0, probe.count(alerts, Map.of("id", elsewhere.id())));
        ApiCalls.Reply reply =
                new ApiCalls().get("/mcrc/api/borrowers/" + elsewhere.id(), "manager2");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(1, probe.count(alerts, Map.of("id", elsewhere.id())));
        assertEquals(
                1,
                probe.count(
                        "select count(a) from AuditEntry a where a.actor = 'manager2' and"
                                + " a.subjectId = :id",
                        Map.of("id", String.valueOf(elsewhere.id()))));
    }

    @Test
    void tooManyBorrowersInTheWindowRaiseAVolumeAlert() {
        Instant windowStart = Instant.now().minus(10, ChronoUnit.MINUTES).minusSeconds(5);
        AccountManagerView m = newManager();
        for (int i = 0; i < 31; i++) {
            borrowers.find(individual(m, CreditCodes.nextResidentId(), null).id());
        }
        assertTrue(
                probe.count(
                                "select count(s) from SecurityAlert s where s.raisedAt >= :since"
                                    + " and s.kind ="
                                    + " com.microcredit.protection.domain.monitoring.AlertKind.QUERY_VOLUME",
                                Map.of("since", windowStart))
                        >= 1,
                "31 distinct borrowers in 10 minutes exceed the threshold of 30");
    }

    @Test
    void repeatedFailedSignInsLockTheLoginOnFormAndApiAlike() {
        String login = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        PageCalls browser = new PageCalls();
        for (int i = 0; i < 5; i++) {
            PageCalls.Page p = browser.signIn(login, "Wrong-Password-" + i);
            assertTrue(p.location().endsWith("login.xhtml?error=true"), p.location());
        }
        assertTrue(
                browser.signIn(login, "Another-Guess-9")
                        .location()
                        .endsWith("login.xhtml?error=locked"));
        ApiCalls.Reply api = new ApiCalls().get("/mcrc/api/products", login + ":Another-Guess-10");
        assertEquals(401, api.status());
        assertTrue(
                api.body().contains("暂时锁定"),
                api.body()); // Chinese unless Accept-Language asks otherwise
        assertTrue(
                probe.count(
                                "select count(a) from AuditEntry a where a.actor = :login and"
                                    + " a.action = "
                                    + "com.microcredit.protection.domain.audit.AuditAction.LOGIN_LOCKED",
                                Map.of("login", login))
                        >= 2);
    }

    @Test
    void aPasswordOutsideThePolicyIsRefusedBeforeTheRegistryIsAsked() {
        PageCalls browser = new PageCalls();
        assertTrue(browser.signIn("staff", "short").location().endsWith("login.xhtml?error=true"));
        assertEquals(302, browser.get("/mcrc/pages/home.xhtml").status(), "not signed in");
    }

    @Test
    void signInIsAuditedAndTheContainersOwnLoginTargetIsClosed() {
        PageCalls browser = new PageCalls();
        browser.postForm(
                "/mcrc/j_security_check",
                "j_username=auditor&j_password=" + ApiCalls.password("auditor"));
        PageCalls.Page home = browser.get("/mcrc/pages/home.xhtml");
        assertEquals(302, home.status(), "j_security_check signs nobody in");

        Instant before = Instant.now().minusSeconds(1);
        assertEquals(302, browser.signIn("auditor").status());
        assertEquals(200, browser.get("/mcrc/pages/home.xhtml").status());
        assertTrue(
                probe.count(
                                "select count(a) from AuditEntry a where a.actor = 'auditor' and"
                                    + " a.action ="
                                    + " com.microcredit.protection.domain.audit.AuditAction.LOGIN"
                                    + " and a.occurredAt >= :t",
                                Map.of("t", before))
                        >= 1);
    }

    @Test
    void aFormPostFromAnotherSiteIsRefused() {
        PageCalls browser = new PageCalls();
        PageCalls.Page p =
                browser.postForm(
                        "/mcrc/signin",
                        "j_username=auditor&j_password=" + ApiCalls.password("auditor"),
                        "Origin",
                        "https://evil.example");
        assertEquals(403, p.status());
    }

    @Test
    void onMySqlTheDatabaseItselfRefusesToChangeOrRemoveAuditRows() throws Exception {
        borrowers.search("audit probe", 1);
        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase();
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                return; // Derby has no SIGNAL triggers: there the entity and the API alone are
                // append-only
            }
            assertThrows(
                    java.sql.SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_entry SET actor = 'someone else'"));
            assertThrows(
                    java.sql.SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry"));
        }
    }

    /** A random mainland mobile number (format 1[3-9] and nine digits). */
    private static String nextMobile() {
        return "13"
                + (3 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 7))
                + String.format(
                        "%08d",
                        Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("jdbc/mcrc");
    }

    private AccountManagerView newManager() {
        String login = "it-" + UUID.randomUUID().toString().substring(0, 8);
        return borrowers.registerAccountManager(
                new RegisterAccountManager(
                        login,
                        "IT manager " + login,
                        "IT-001",
                        new BigDecimal("30.274084"),
                        new BigDecimal("120.155070"),
                        new BigDecimal("50")));
    }

    private BorrowerView individual(AccountManagerView m, String residentId, String account) {
        return borrowers.registerIndividual(
                new RegisterIndividual(
                        "IT household " + UUID.randomUUID().toString().substring(0, 8),
                        residentId,
                        "330106",
                        m.id(),
                        "杭州市西湖区文三路 1 号",
                        3,
                        null,
                        null,
                        account));
    }
}
