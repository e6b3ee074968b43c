package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.it.ApiCalls.Reply;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API over HTTPS as a machine client sees it: happy paths with their status codes, JSON
 * errors (400 with the field, 401 with a Basic challenge and never a redirect, 403 for the wrong
 * role, 404, 409 with the refusal code), no cookie and no session, the idempotent automated
 * decision, and the OpenAPI document.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class RestApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                RestApiIT.class,
                ApiCalls.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class,
                ItProbe.class);
    }

    @EJB private Applicants applicants;
    @EJB private ItProbe probe;

    private ApiCalls api;

    @BeforeEach
    void connect() {
        api = new ApiCalls(); // in the server: its certificate and ports are there
    }

    private static String taxLoan(long borrower, String amount) {
        return """
        {"borrowerId":%d,"productCode":"TAX_LOAN","amount":%s,"currency":"CNY","termMonths":12,
         "repaymentMethod":"EQUAL_INSTALMENT","purpose":"Working capital for stock"}\
        """
                .formatted(borrower, amount);
    }

    private static void noCookieNoSession(Reply r) {
        assertNull(
                r.header("Set-Cookie"),
                () -> "an API call sets no cookie: " + r.headers().allValues("Set-Cookie"));
    }

    @Test
    void anEnterpriseIsRegisteredFoundAndSearchedWithItsIdentityMasked() {
        long manager = applicants.accountManager();
        String code = CreditCodes.next();
        String name = "REST 茶庄 " + UUID.randomUUID().toString().substring(0, 6);
        Reply created =
                api.post(
                        "/mcrc/api/borrowers/enterprises",
                        "staff",
                        """
                        {"name":"%s","creditCode":"%s","industryCode":"F52","regionCode":"330106","accountManagerId":%d,
                         "owners":"Li Ming","establishedOn":"2015-04-01","declaredAnnualRevenue":"1200000.00",
                         "settlementAccount":"6222020200998877"}\
                        """
                                .formatted(name, code, manager));
        assertEquals(201, created.status(), created.body());
        noCookieNoSession(created);
        JsonObject borrower = created.json();
        long id = borrower.getJsonNumber("id").longValue();
        assertTrue(
                created.header("Location").endsWith("/mcrc/api/borrowers/" + id),
                created.header("Location"));
        assertFalse(created.body().contains(code), "the credit code never leaves unmasked");
        assertFalse(
                created.body().contains("6222020200998877"), "the account never leaves unmasked");
        assertEquals(name, borrower.getString("name"), "Chinese text survives the round trip");
        assertEquals(
                "1200000.00",
                borrower.getJsonNumber("declaredAnnualRevenue").bigDecimalValue().toPlainString());

        Reply found = api.get("/mcrc/api/borrowers/" + id, "auditor");
        assertEquals(200, found.status(), found.body());
        assertEquals(
                borrower.getString("maskedIdentityNumber"),
                found.json().getString("maskedIdentityNumber"));
        Reply search =
                api.get("/mcrc/api/borrowers?name=" + name.substring(name.length() - 6), "officer");
        assertEquals(200, search.status());
        assertEquals(1, search.array().size());
        assertFalse(search.body().contains(code));
    }

    @Test
    void anApplicationIsSubmittedDecidedAndAcceptedThroughTheApi() {
        long borrower = applicants.wellKnownBorrower();
        Reply submitted =
                api.post("/mcrc/api/applications", "staff", taxLoan(borrower, "\"100000.00\""));
        assertEquals(201, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        assertEquals("staff", submitted.json().getString("preparedBy"));
        long id = submitted.json().getJsonNumber("id").longValue();

        Reply decided = api.post("/mcrc/api/applications/" + id + "/decision", "staff", "");
        assertEquals(200, decided.status(), decided.body());
        JsonObject decision = decided.json();
        assertEquals("APPROVED", decision.getString("status"), decided.body());
        assertEquals(
                "100000.00",
                decision.getJsonNumber("amount").bigDecimalValue().toPlainString(),
                "to the cent");
        assertEquals(5, decision.getJsonObject("decision").getJsonArray("paths").size());

        Reply again = api.post("/mcrc/api/applications/" + id + "/decision", "staff", "");
        assertEquals(409, again.status(), again.body());
        assertEquals("WRONG_STATE", again.json().getString("code"));

        Reply accepted = api.post("/mcrc/api/applications/" + id + "/acceptance", "manager", "");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        assertEquals(12, accepted.json().getJsonArray("schedule").size());
        assertEquals(200, api.get("/mcrc/api/applications/" + id, "risk").status());
        assertEquals(404, api.get("/mcrc/api/applications/987654321", "risk").status());
    }

    @Test
    void invalidInputIsA400NamingTheField() {
        long borrower = applicants.wellKnownBorrower();
        Reply tooPrecise =
                api.post("/mcrc/api/applications", "staff", taxLoan(borrower, "1000.005"));
        assertEquals(400, tooPrecise.status(), tooPrecise.body());
        assertEquals("INVALID_INPUT", tooPrecise.json().getString("code"));
        assertEquals("amount", tooPrecise.json().getString("field"));

        Reply outsideTerms =
                api.post("/mcrc/api/applications", "staff", taxLoan(borrower, "5000000.00"));
        assertEquals(400, outsideTerms.status(), outsideTerms.body());
        assertEquals("amount", outsideTerms.json().getString("field"));

        Reply badCode =
                api.post(
                        "/mcrc/api/borrowers/enterprises",
                        "staff",
                        """
                        {"name":"X","creditCode":"91330106ABCDEFGHIJ","industryCode":"F52","regionCode":"330106",
                         "accountManagerId":%d,"owners":"王","establishedOn":"2020-01-01",
                         "declaredAnnualRevenue":100000}\
                        """
                                .formatted(applicants.accountManager()));
        assertEquals(400, badCode.status(), badCode.body());
        assertEquals("creditCode", badCode.json().getString("field"));

        Reply malformed = api.post("/mcrc/api/applications", "staff", "{not json");
        assertEquals(400, malformed.status(), malformed.body());
        assertFalse(
                malformed.body().contains("Exception"),
                "no stack trace, no class names: " + malformed.body());
    }

    @Test
    void withoutCredentialsTheAnswerIs401WithAChallengeNeverARedirect() {
        Reply anonymous = api.get("/mcrc/api/products", null);
        assertEquals(401, anonymous.status(), anonymous.body());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic realm=\"mcrc\""));
        assertEquals("UNAUTHENTICATED", anonymous.json().getString("code"));
        assertNull(anonymous.header("Location"));
        noCookieNoSession(anonymous);

        Reply wrongPassword = api.get("/mcrc/api/products", "staff:not-the-password");
        assertEquals(401, wrongPassword.status());
        assertEquals("UNAUTHENTICATED", wrongPassword.json().getString("code"));
    }

    @Test
    void theWrongRoleIsA403() {
        Reply auditorSubmits = api.post("/mcrc/api/applications", "auditor", taxLoan(1, "1000.00"));
        assertEquals(403, auditorSubmits.status(), auditorSubmits.body());
        assertEquals("FORBIDDEN", auditorSubmits.json().getString("code"));
        assertEquals(403, api.get("/mcrc/api/applications/referrals", "staff").status());
        assertEquals(
                403,
                api.post(
                                "/mcrc/api/applications/1/review",
                                "manager",
                                "{\"approve\":true,\"note\":\"x\"}")
                        .status());
        assertEquals(
                403,
                api.get("/mcrc/api/borrowers?name=a", "corebanking").status(),
                "the core-banking account reads no borrowers");
        assertEquals(
                403,
                api.post("/mcrc/api/applications/automated", "staff", "{}", "Idempotency-Key", "k1")
                        .status(),
                "automated decisions are core banking's");
    }

    @Test
    void aSuccessfulCallCreatesNoSessionAndNoCookie() {
        Reply products = api.get("/mcrc/api/products", "officer");
        assertEquals(200, products.status(), products.body());
        assertTrue(products.array().size() >= 5);
        noCookieNoSession(products);
        assertEquals("no-store", products.header("Cache-Control"));
        Reply again = api.get("/mcrc/api/products/TAX_LOAN", "officer");
        assertEquals(200, again.status());
        noCookieNoSession(again);
        assertEquals(404, api.get("/mcrc/api/products/NO_SUCH", "officer").status());
    }

    @Test
    void theAutomatedDecisionIsIdempotentOnTheCallersKey() {
        long borrower = applicants.wellKnownBorrower();
        String key = "REST-" + UUID.randomUUID();
        String body =
                """
                {"borrowerId":%d,"productCode":"TAX_LOAN","amount":60000,"currency":"CNY","termMonths":12,
                 "repaymentMethod":"EQUAL_INSTALMENT","purpose":"Stock","acceptOffer":true}\
                """
                        .formatted(borrower);
        Reply first =
                api.post(
                        "/mcrc/api/applications/automated",
                        "corebanking",
                        body,
                        "Idempotency-Key",
                        key);
        assertEquals(201, first.status(), first.body());
        assertEquals("ACCEPTED", first.json().getString("status"), first.body());
        assertEquals("corebanking", first.json().getString("preparedBy"));
        assertEquals("false", first.header("Idempotent-Replayed"));

        Reply again =
                api.post(
                        "/mcrc/api/applications/automated",
                        "corebanking",
                        body,
                        "Idempotency-Key",
                        key);
        assertEquals(200, again.status(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(
                first.json().getJsonNumber("id").longValue(),
                again.json().getJsonNumber("id").longValue());

        Reply otherTerms =
                api.post(
                        "/mcrc/api/applications/automated",
                        "corebanking",
                        body.replace("60000", "70000"),
                        "Idempotency-Key",
                        key);
        assertEquals(409, otherTerms.status(), otherTerms.body());
        assertEquals("IDEMPOTENCY_KEY_REUSED", otherTerms.json().getString("code"));
        assertEquals(
                1L,
                probe.count(
                        "select count(a) from LoanApplication a where a.channelReference = :k",
                        Map.of("k", key)),
                "one application for the key");

        Reply noKey = api.post("/mcrc/api/applications/automated", "corebanking", body);
        assertEquals(400, noKey.status());
        assertEquals("Idempotency-Key", noKey.json().getString("field"));
    }

    @Test
    void theOfficerWhoPreparedAReferralMayNotDecideItWhateverTheCaseOfTheName() {
        long borrower = applicants.wellKnownBorrower();
        Reply submitted =
                api.post("/mcrc/api/applications", "staff", taxLoan(borrower, "\"400000.00\""));
        assertEquals(201, submitted.status(), submitted.body());
        long id = submitted.json().getJsonNumber("id").longValue();
        Reply decided = api.post("/mcrc/api/applications/" + id + "/decision", "staff", "");
        assertEquals("REFERRED", decided.json().getString("status"), decided.body());
        // Prepared by " OFFICER " (as another channel may store the name): still the officer.
        probe.update("UPDATE loan_application SET prepared_by = ? WHERE id = ?", " OFFICER ", id);
        for (String approve : List.of("true", "false")) {
            Reply own =
                    api.post(
                            "/mcrc/api/applications/" + id + "/review",
                            "officer",
                            "{\"approve\":" + approve + ",\"note\":\"Sales receipts seen\"}");
            assertEquals(409, own.status(), own.body());
            assertEquals("APPROVAL_SAME_PERSON", own.json().getString("code"), own.body());
            assertTrue(own.json().getString("message").contains("officer"), own.body());
        }
        assertEquals(
                "REFERRED",
                api.get("/mcrc/api/applications/" + id, "officer").json().getString("status"));
    }

    @Test
    void aReviewOfAnApplicationThatIsNotReferredIsRefusedWithItsCode() {
        long borrower = applicants.wellKnownBorrower();
        long id =
                api.post("/mcrc/api/applications", "staff", taxLoan(borrower, "20000.00"))
                        .json()
                        .getJsonNumber("id")
                        .longValue();
        Reply review =
                api.post(
                        "/mcrc/api/applications/" + id + "/review",
                        "officer",
                        "{\"approve\":true,\"note\":\"looks fine\"}");
        assertEquals(409, review.status(), review.body());
        assertEquals("WRONG_STATE", review.json().getString("code"));
        assertEquals(200, api.get("/mcrc/api/applications/referrals", "officer").status());
        Reply withdrawn =
                api.post(
                        "/mcrc/api/applications/" + id + "/withdrawal",
                        "staff",
                        "{\"reason\":\"Borrower found other funding\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
    }

    @Test
    void theOpenApiDocumentDescribesTheSecuredApi() {
        Reply document = api.get("/openapi", null);
        assertEquals(200, document.status(), document.body());
        String yaml = document.body();
        assertTrue(yaml.contains("/applications/automated"), yaml);
        assertTrue(yaml.contains("basicAuth"), "the Basic security scheme is documented");
        assertTrue(yaml.contains("Idempotency-Key"));
        assertNotNull(api.get("/openapi/ui/", null));
    }
}
