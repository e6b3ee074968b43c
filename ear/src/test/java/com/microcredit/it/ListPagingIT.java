package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.it.ApiCalls.Reply;
import com.microcredit.portfolio.api.EarlyWarningService;
import com.microcredit.portfolio.api.RaiseWarning;
import com.microcredit.portfolio.api.WarningLevel;
import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 26: the lists page, sort and filter on the server (through the API the pages share:
 * /api/lists/{list}) – page 2 differs from page 1, the order holds, a filter narrows, a sort key
 * outside the list's whitelist is a 400 naming the field; the warning queue, the collection list
 * and the borrower list. The export is {@link ListExportIT}.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class ListPagingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                ListPagingIT.class,
                ApiCalls.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class,
                ItProbe.class);
    }

    @EJB private EarlyWarningService warnings;
    @EJB private Applicants applicants;

    private ApiCalls api;

    @BeforeEach
    void connect() {
        api = new ApiCalls();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Registers {@code n} enterprises whose names carry the tag; returns the tag. */
    static String borrowers(ApiCalls api, long manager, int n) {
        String tag = "LST" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < n; i++) {
            Reply r =
                    api.post(
                            "/mcrc/api/borrowers/enterprises",
                            "staff",
                            """
                            {"name":"%s 茶庄 %02d","creditCode":"%s","industryCode":"F52","regionCode":"330106",
                             "accountManagerId":%d,"owners":"Li Ming","establishedOn":"2015-04-01",
                             "declaredAnnualRevenue":"1200000.00","settlementAccount":"62220202%08d"}\
                            """
                                    .formatted(
                                            tag,
                                            i,
                                            CreditCodes.next(),
                                            manager,
                                            ThreadLocalRandom.current().nextInt(100_000_000)));
            assertEquals(201, r.status(), r.body());
        }
        return tag;
    }

    private JsonObject page(String list, String query, String user) {
        Reply r = api.get("/mcrc/api/lists/" + list + "?" + query, user);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.header("Server-Timing").startsWith("list;dur="), "server time reported");
        return r.json();
    }

    private static List<String> column(JsonArray rows, String... path) {
        List<String> values = new ArrayList<>();
        for (var v : rows) {
            JsonObject o = v.asJsonObject();
            for (int i = 0; i < path.length - 1; i++) {
                o = o.getJsonObject(path[i]);
            }
            values.add(String.valueOf(o.get(path[path.length - 1])));
        }
        return values;
    }

    @Test
    void theBorrowerListPagesSortsAndFiltersOnTheServer() {
        String tag = borrowers(api, applicants.accountManager(), 12);
        String f = "text=" + enc(tag);
        JsonObject p1 = page("borrowers", f + "&limit=5", "officer");
        JsonObject p2 = page("borrowers", f + "&limit=5&offset=5", "officer");
        JsonObject p3 = page("borrowers", f + "&limit=5&offset=10", "officer");
        List<String> n1 = column(p1.getJsonArray("rows"), "name");
        List<String> n2 = column(p2.getJsonArray("rows"), "name");
        assertEquals(5, n1.size());
        assertEquals(5, n2.size());
        assertTrue(p1.getBoolean("hasMore"));
        assertFalse(p3.getBoolean("hasMore"), "12 rows: the third page of 5 is the last");
        assertEquals(2, p3.getJsonArray("rows").size());
        Set<String> both = new HashSet<>(n1);
        both.retainAll(n2);
        assertEquals(Set.of(), both, "page 2 holds other rows than page 1");
        assertTrue(n1.get(4).compareTo(n2.get(0)) < 0, "name order holds across pages: " + n1 + n2);
        List<String> desc =
                column(
                        page("borrowers", f + "&sort=name&dir=desc", "officer")
                                .getJsonArray("rows"),
                        "name");
        assertEquals(12, desc.size(), "the filter narrows the list to the tagged borrowers");
        for (int i = 1; i < desc.size(); i++) {
            assertTrue(desc.get(i - 1).compareTo(desc.get(i)) > 0, "descending: " + desc);
        }
        List<String> ids =
                column(
                        page("borrowers", f + "&sort=id&dir=asc", "officer").getJsonArray("rows"),
                        "id");
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(Long.parseLong(ids.get(i - 1)) < Long.parseLong(ids.get(i)), "ids: " + ids);
        }
        assertTrue(
                p1.getJsonArray("rows")
                        .getJsonObject(0)
                        .getString("maskedIdentityNumber")
                        .contains("*"),
                "identity numbers masked");
    }

    @Test
    void aSortKeyOrFilterOutsideTheWhitelistIsA400NamingTheField() {
        for (String list :
                List.of(
                        "warnings",
                        "collection",
                        "borrowers",
                        "applications",
                        "referrals",
                        "inbound",
                        "limitHistory",
                        "invoices",
                        "trades")) {
            Reply bad = api.get("/mcrc/api/lists/" + list + "?sort=password", "risk");
            assertEquals(400, bad.status(), bad.body());
            assertEquals("sort", bad.json().getString("field"), bad.body());
            assertEquals("LIST_SORT_NOT_ALLOWED", bad.json().getString("reason"), bad.body());
            Reply sql =
                    api.get("/mcrc/api/lists/" + list + "?sort=" + enc("id;DROP TABLE x"), "risk");
            assertEquals(400, sql.status(), sql.body());
            Reply filter = api.get("/mcrc/api/lists/" + list + "?nosuchfilter=1", "risk");
            assertEquals(400, filter.status(), filter.body());
            assertEquals("nosuchfilter", filter.json().getString("field"));
        }
        assertEquals(400, api.get("/mcrc/api/lists/audit?sort=password", "auditor").status());
        assertEquals(403, api.get("/mcrc/api/lists/audit", "risk").status(), "auditors only");
        Reply noHub = api.get("/mcrc/api/lists/invoices", "risk");
        assertEquals(400, noHub.status(), noHub.body());
        assertEquals("hub", noHub.json().getString("field"));
        assertEquals(404, api.get("/mcrc/api/lists/nosuchlist", "risk").status());
        assertEquals(400, api.get("/mcrc/api/lists/warnings?limit=201", "risk").status());
        assertEquals(400, api.get("/mcrc/api/lists/warnings?level=PURPLE", "risk").status());
    }

    @Test
    void theWarningQueuePagesSortsAndFiltersOnTheServer() {
        for (int i = 0; i < 12; i++) {
            warnings.raise(
                    new RaiseWarning(
                            970_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L),
                            "IT-LST-" + UUID.randomUUID().toString().substring(0, 8),
                            "SETTLEMENT_COVERAGE_30D",
                            i % 2 == 0 ? WarningLevel.RED : WarningLevel.YELLOW,
                            "coverage",
                            "it"));
        }
        JsonObject p1 = page("warnings", "limit=5", "risk");
        JsonObject p2 = page("warnings", "limit=5&offset=5", "risk");
        long total = p1.getJsonNumber("total").longValue();
        assertTrue(total >= 12, "counted: " + total);
        Set<String> ids = new HashSet<>(column(p1.getJsonArray("rows"), "row", "signal", "id"));
        ids.retainAll(column(p2.getJsonArray("rows"), "row", "signal", "id"));
        assertEquals(Set.of(), ids, "page 2 holds other signals than page 1");
        List<String> levels =
                column(
                        page("warnings", "limit=200", "risk").getJsonArray("rows"),
                        "row",
                        "signal",
                        "level");
        List<String> severity = List.of("\"RED\"", "\"ORANGE\"", "\"YELLOW\"", "\"GREEN\"");
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(
                    severity.indexOf(levels.get(i - 1)) <= severity.indexOf(levels.get(i)),
                    "most severe first: " + levels);
        }
        JsonObject red = page("warnings", "level=RED&limit=200", "risk");
        assertTrue(red.getJsonNumber("total").longValue() < total, "the level filter narrows");
        assertTrue(
                column(red.getJsonArray("rows"), "row", "signal", "level").stream()
                        .allMatch("\"RED\""::equals));
        List<String> sightings =
                column(
                        page("warnings", "sort=sightings&dir=desc&limit=50", "risk")
                                .getJsonArray("rows"),
                        "row",
                        "signal",
                        "sightings");
        for (int i = 1; i < sightings.size(); i++) {
            assertTrue(
                    Integer.parseInt(sightings.get(i - 1)) >= Integer.parseInt(sightings.get(i)),
                    "most seen first: " + sightings);
        }
    }

    @Test
    void theCollectionListPagesWithoutCountingAndRefusesABadBorrowerFilter() {
        JsonObject p1 = page("collection", "limit=3", "risk");
        assertEquals(-1, p1.getJsonNumber("total").longValue(), "not counted: has more instead");
        List<String> dpd =
                column(
                        page("collection", "limit=50", "risk").getJsonArray("rows"),
                        "row",
                        "daysPastDue");
        for (int i = 1; i < dpd.size(); i++) {
            assertTrue(Integer.parseInt(dpd.get(i - 1)) >= Integer.parseInt(dpd.get(i)), "" + dpd);
        }
        JsonObject none =
                page("collection", "text=" + enc("NO-SUCH-LOAN-" + UUID.randomUUID()), "risk");
        assertEquals(0, none.getJsonArray("rows").size(), "the filter narrows");
        assertFalse(none.getBoolean("hasMore"));
        assertEquals(400, api.get("/mcrc/api/lists/collection?borrowers=1,x", "risk").status());
        assertEquals(
                403,
                api.get("/mcrc/api/lists/collection", "staff").status(),
                "branch staff do not read the collection list");
    }
}
