package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.it.ApiCalls.Reply;
import com.microcredit.it.PageCalls.Page;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The probe of issue 20 as a test (docs/security.md): every bad input it tried is a 4xx naming the
 * field in the caller's language and stores nothing; a page session never stands in for the API's
 * credentials; the OpenAPI document states exactly the request bodies the server reads; the sign-in
 * cookies are SameSite, every response (the container's own too) carries the security headers, and
 * a forged view state is a clean 400.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class InputProbeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                InputProbeIT.class,
                ApiCalls.class,
                PageCalls.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class,
                ItProbe.class);
    }

    @EJB private Applicants applicants;
    @EJB private ItProbe probe;

    private ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls();
    }

    private long borrowers() {
        return probe.count("select count(b) from Borrower b", Map.of());
    }

    private String individual(String overrides) {
        String base =
                """
                {"name":"李四","residentIdNumber":"%s","regionCode":"330106",
                 "accountManagerId":%d,"address":"杭州市西湖区文三路 1 号","householdSize":3}\
                """
                        .formatted(
                                validResidentId("330106", "19850312"), applicants.accountManager());
        return overrides.isEmpty() ? base : base.replaceFirst("\\}$", "," + overrides + "}");
    }

    private String enterprise(String revenue, String name) {
        return """
        {"name":"%s","creditCode":"%s","industryCode":"F52","regionCode":"330106",
         "accountManagerId":%d,"owners":"王建国","establishedOn":"2015-04-01",
         "declaredAnnualRevenue":%s}\
        """
                .formatted(name, CreditCodes.next(), applicants.accountManager(), revenue);
    }

    /** A resident id with the region and birth date and a random sequence, check digit right. */
    static String validResidentId(String region, String birth) {
        String first17 = region + birth + String.format("%03d", (int) (Math.random() * 1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private void refusedNamingField(Reply r, String field, String reason) {
        assertEquals(400, r.status(), r.body());
        JsonObject json = r.json();
        assertEquals(field, json.getString("field"), r.body());
        if (reason != null) {
            assertEquals(reason, json.getString("reason"), r.body());
        }
        assertTrue(json.getString("message").startsWith(field), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("RESTEASY"), r.body());
    }

    @Test
    void everyBadIndividualIntakeIsA400NamingTheFieldAndStoresNothing() {
        long before = borrowers();
        String path = "/mcrc/api/borrowers/individuals";
        refusedNamingField(
                api.post(
                        path,
                        "staff",
                        individual("").replace("\"李四\"", "\"" + "名".repeat(301) + "\"")),
                "name",
                "TOO_LONG");
        refusedNamingField(
                api.post(path, "staff", individual("").replace("\"李四\"", "\"李\\u0000四\"")),
                "name",
                "INVALID_CHARACTER");
        refusedNamingField(
                api.post(path, "staff", individual("").replace("杭州市西湖区文三路 1 号", "路".repeat(301))),
                "address",
                "TOO_LONG");
        refusedNamingField(
                api.post(
                        path,
                        "staff",
                        individual("").replaceFirst("\"residentIdNumber\":\"[0-9X]+\",", "")),
                "residentIdNumber",
                "REQUIRED");
        refusedNamingField(
                api.post(
                        path,
                        "staff",
                        individual("").replace("\"householdSize\":3", "\"householdSize\":3.5")),
                "householdSize",
                "WRONG_TYPE");
        refusedNamingField(
                api.post(
                        path,
                        "staff",
                        individual("").replace("\"householdSize\":3", "\"householdSize\":\"abc\"")),
                "householdSize",
                "WRONG_TYPE");
        for (String[] bad :
                new String[][] {
                    {"330106", "20990101", "ID_BIRTH_DATE_IN_FUTURE"},
                    {"330106", "20400512", "ID_BIRTH_DATE_IN_FUTURE"},
                    {"000000", "19850312", "ID_REGION_UNKNOWN"},
                    {"999999", "19850312", "ID_REGION_UNKNOWN"}
                }) {
            refusedNamingField(
                    api.post(
                            path,
                            "staff",
                            individual("")
                                    .replaceFirst(
                                            "\"residentIdNumber\":\"[0-9X]+\"",
                                            "\"residentIdNumber\":\""
                                                    + validResidentId(bad[0], bad[1])
                                                    + "\"")),
                    "residentIdNumber",
                    bad[2]);
        }
        refusedNamingField(
                api.post(
                        path,
                        "staff",
                        individual("")
                                .replace("\"regionCode\":\"330106\"", "\"regionCode\":\"999999\"")),
                "regionCode",
                "REGION_UNKNOWN");
        Reply trailing = api.post(path, "staff", individual("") + "garbage");
        refusedNamingField(trailing, "body", "TRAILING_CONTENT");
        assertEquals(before, borrowers(), "nothing stored");
    }

    @Test
    void enterpriseRevenueIsHeldToTheSmeSizeStandard() {
        long before = borrowers();
        String path = "/mcrc/api/borrowers/enterprises";
        refusedNamingField(
                api.post(path, "staff", enterprise("1e30", "茶庄")), "declaredAnnualRevenue", null);
        refusedNamingField(
                api.post(path, "staff", enterprise("9999999999999", "茶庄")),
                "declaredAnnualRevenue",
                "REVENUE_ABOVE_SMALL_ENTERPRISE");
        Reply established =
                api.post(
                        path,
                        "staff",
                        enterprise("100000", "茶庄").replace("2015-04-01", "2026-13-45"));
        refusedNamingField(established, "establishedOn", "WRONG_TYPE");
        assertEquals(before, borrowers(), "nothing stored");
        Reply ok = api.post(path, "staff", enterprise("4999999.99", "西湖茶庄"));
        assertEquals(201, ok.status(), ok.body());
    }

    @Test
    void messagesAreInTheCallersLanguageChineseByDefault() {
        String body = individual("").replace("\"householdSize\":3", "\"householdSize\":3.5");
        Reply chinese = api.call("POST", "/mcrc/api/borrowers/individuals", "staff", body);
        assertEquals("householdSize：须为整数", chinese.json().getString("message"), chinese.body());
        Reply english =
                api.call(
                        "POST",
                        "/mcrc/api/borrowers/individuals",
                        "staff",
                        body,
                        "Accept-Language",
                        "en-GB,en;q=0.9");
        assertEquals("householdSize: must be a whole number", english.json().getString("message"));
    }

    @Test
    void badParametersAreA400NamingTheParameterAndHugeBodiesA413() {
        refusedNamingField(api.get("/mcrc/api/borrowers/1014abc", "staff"), "id", "WRONG_TYPE");
        refusedNamingField(
                api.get("/mcrc/api/borrowers?limit=abc", "staff"), "limit", "WRONG_TYPE");
        refusedNamingField(
                api.get("/mcrc/api/applications?borrowerId=x", "staff"),
                "borrowerId",
                "WRONG_TYPE");
        Reply huge =
                api.post(
                        "/mcrc/api/applications",
                        "staff",
                        "{\"purpose\":\"" + "x".repeat(10_000_000) + "\"}");
        assertEquals(413, huge.status(), huge.body());
        assertEquals("BODY_TOO_LARGE", huge.json().getString("code"));
        Reply purpose =
                api.post(
                        "/mcrc/api/applications",
                        "staff",
                        """
                        {"borrowerId":%d,"productCode":"TAX_LOAN","amount":60000,"currency":"CNY",
                         "termMonths":12,"repaymentMethod":"EQUAL_INSTALMENT","purpose":"%s"}\
                        """
                                .formatted(applicants.wellKnownBorrower(), "x".repeat(100_000)));
        assertEquals(413, purpose.status(), "a 100,000-character purpose is over the body limit");
        Reply wrongAmount =
                api.post(
                        "/mcrc/api/applications",
                        "staff",
                        """
                        {"borrowerId":%d,"productCode":"TAX_LOAN","amount":"abc","currency":"CNY",
                         "termMonths":12,"repaymentMethod":"EQUAL_INSTALMENT","purpose":"备货"}\
                        """
                                .formatted(applicants.wellKnownBorrower()));
        refusedNamingField(wrongAmount, "amount", "WRONG_TYPE");
    }

    @Test
    void aPageSessionNeverStandsInForTheApisCredentials() {
        PageCalls pages = new PageCalls();
        assertEquals(302, pages.signIn("staff").status());
        var wrong = pages.getWithBasic("/mcrc/api/products", "staff:not-the-password");
        assertEquals(401, wrong.status(), wrong.body());
        var right = pages.getWithBasic("/mcrc/api/products", "staff:" + ApiCalls.password("staff"));
        assertEquals(200, right.status(), right.body());
    }

    @Test
    void theSameIdempotencyKeyWithAnotherPurposeOrAcceptanceIs409() {
        String key = "probe-" + UUID.randomUUID();
        String body =
                """
                {"borrowerId":%d,"productCode":"TAX_LOAN","amount":60000,"currency":"CNY","termMonths":12,
                 "repaymentMethod":"EQUAL_INSTALMENT","purpose":"备货","acceptOffer":false}\
                """
                        .formatted(applicants.wellKnownBorrower());
        String path = "/mcrc/api/applications/automated";
        Reply first = api.post(path, "corebanking", body, "Idempotency-Key", key);
        assertTrue(first.status() == 201, first.body());
        assertEquals(200, api.post(path, "corebanking", body, "Idempotency-Key", key).status());
        Reply otherPurpose =
                api.post(path, "corebanking", body.replace("备货", "装修"), "Idempotency-Key", key);
        assertEquals(409, otherPurpose.status(), otherPurpose.body());
        assertEquals("IDEMPOTENCY_KEY_REUSED", otherPurpose.json().getString("code"));
        Reply otherAcceptance =
                api.post(
                        path,
                        "corebanking",
                        body.replace("\"acceptOffer\":false", "\"acceptOffer\":true"),
                        "Idempotency-Key",
                        key);
        assertEquals(409, otherAcceptance.status(), otherAcceptance.body());
    }

    @Test
    void theOpenApiDocumentStatesTheRequestBodiesTheServerReads() {
        Reply doc = api.call("GET", "/openapi", null, null, "Accept", "application/json");
        assertEquals(200, doc.status(), doc.body());
        assertFalse(doc.body().contains("\"tlementAccount\""), "no bogus property");
        JsonObject schemas = doc.json().getJsonObject("components").getJsonObject("schemas");
        JsonObject individual = schemas.getJsonObject("IndividualIntake");
        assertEquals(
                Set.of(
                        "name",
                        "residentIdNumber",
                        "regionCode",
                        "accountManagerId",
                        "address",
                        "householdSize"),
                Set.copyOf(
                        individual
                                .getJsonArray("required")
                                .getValuesAs(jakarta.json.JsonString.class)
                                .stream()
                                .map(jakarta.json.JsonString::getString)
                                .toList()));
        JsonObject enterprise = schemas.getJsonObject("EnterpriseIntake");
        assertTrue(
                enterprise.getJsonArray("required").toString().contains("\"owners\"")
                        && enterprise
                                .getJsonArray("required")
                                .toString()
                                .contains("\"establishedOn\"")
                        && enterprise
                                .getJsonArray("required")
                                .toString()
                                .contains("\"declaredAnnualRevenue\""),
                enterprise.toString());
        assertEquals(
                200,
                enterprise.getJsonObject("properties").getJsonObject("name").getInt("maxLength"));
        doc.json()
                .getJsonArray("servers")
                .forEach(
                        s ->
                                assertTrue(
                                        s.asJsonObject().getString("url").startsWith("https://"),
                                        s.toString()));
    }

    /**
     * The sign-in token, the session and the return address are SameSite=Lax (server.xml says why
     * not Strict). Liberty stores the return address without its host ({@code https://:port/...},
     * preserveFullyQualifiedReferrerUrl="false", against open redirects): the sign-in servlet takes
     * only its path and query, and leads back there.
     */
    @Test
    void theSignInCookiesAreSameSiteAndTheReturnAddressLeadsBack() {
        PageCalls pages = new PageCalls();
        Page asked = pages.get("/mcrc/pages/borrowers/search.xhtml?probe=1");
        assertEquals(302, asked.status(), asked.body());
        String returnAddress = asked.setCookie("WASReqURL");
        assertTrue(returnAddress.startsWith("WASReqURL=https://:"), returnAddress);
        assertCookieFlags(returnAddress);
        Page signedIn = pages.signIn("staff");
        assertEquals(302, signedIn.status(), signedIn.body());
        assertTrue(
                signedIn.location().endsWith("/mcrc/pages/borrowers/search.xhtml?probe=1"),
                signedIn.location());
        assertCookieFlags(signedIn.setCookie("LtpaToken2"));
        assertCookieFlags(signedIn.setCookie("WASReqURL"));
        Page page = pages.get("/mcrc/pages/borrowers/search.xhtml?probe=1");
        assertEquals(200, page.status(), page.body());
        assertCookieFlags(page.setCookie("JSESSIONID"));
    }

    private static void assertCookieFlags(String setCookie) {
        assertTrue(
                setCookie.contains("; Secure")
                        && setCookie.contains("; HttpOnly")
                        && setCookie.contains("; SameSite=Lax"),
                setCookie);
    }

    /**
     * The security headers are set by the server's HTTP channel (server.xml httpEndpoint >
     * headers), so the container's own answers carry them as the application's pages do: the 302 to
     * the sign-in page, its 403 and 404 pages, the feature endpoints.
     */
    @Test
    void theContainersOwnResponsesCarryTheSecurityHeaders() {
        PageCalls pages = new PageCalls();
        assertSecurityHeaders(pages.get("/mcrc/pages/home.xhtml"), 302);
        assertSecurityHeaders(pages.get("/mcrc/login.xhtml"), 200);
        assertSecurityHeaders(pages.get("/mcrc/no-such-page.xhtml"), 404);
        assertSecurityHeaders(pages.get("/health/ready"), 200);
        assertSecurityHeaders(pages.get("/openapi"), 200);
        assertEquals(302, pages.signIn("staff").status());
        assertSecurityHeaders(pages.get("/mcrc/pages/audit/trail.xhtml"), 403);
        assertSecurityHeaders(pages.get("/mcrc/pages/home.xhtml"), 200);
    }

    private static void assertSecurityHeaders(Page page, int status) {
        assertEquals(status, page.status(), page.body());
        Map<String, String> expected =
                Map.of(
                        "X-Content-Type-Options", "nosniff",
                        "X-Frame-Options", "DENY",
                        "Referrer-Policy", "same-origin",
                        "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        expected.forEach(
                (name, value) ->
                        assertEquals(
                                value,
                                page.headers().firstValue(name).orElse(null),
                                name + " on a " + status));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(
                csp.startsWith("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
                "Content-Security-Policy on a " + status + ": " + csp);
    }

    /**
     * A form posted with a view state the session does not hold – made up, or one character off a
     * real one – is refused with 400 and a page in the reader's language (here Chinese), logged as
     * one warning line without a stack trace; it was a 500 error page.
     */
    @Test
    void aForgedViewStateIsA400InTheReadersLanguage() throws Exception {
        PageCalls pages = new PageCalls();
        assertEquals(302, pages.signIn("staff").status());
        String path = "/mcrc/pages/borrowers/search.xhtml";
        Page form = pages.get(path + "?lang=zh-CN");
        assertEquals(200, form.status(), form.body());
        java.util.regex.Matcher state =
                java.util.regex.Pattern.compile(
                                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                        .matcher(form.body());
        assertTrue(state.find(), "the page has a view state");
        String real = state.group(1);
        String oneOff = (real.startsWith("A") ? "B" : "A") + real.substring(1);
        java.nio.file.Path log = java.nio.file.Path.of("logs", "messages.log");
        long logBefore = java.nio.file.Files.size(log);
        for (String forged : new String[] {"forged", oneOff}) {
            Page refused =
                    pages.postForm(
                            path,
                            "search=search&jakarta.faces.ViewState="
                                    + java.net.URLEncoder.encode(
                                            forged, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(400, refused.status(), refused.body());
            assertTrue(
                    refused.body().contains("lang=\"zh-CN\"") && refused.body().contains("表单已失效"),
                    refused.body());
            assertFalse(refused.body().contains("Exception"), refused.body());
        }
        String logged;
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(logBefore);
            byte[] tail = new byte[(int) (file.length() - logBefore)];
            file.readFully(tail);
            logged = new String(tail, java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(2, logged.split("Form refused \\(400\\)", -1).length - 1, logged);
        assertFalse(logged.contains("\tat "), "no stack trace: " + logged);
    }
}
