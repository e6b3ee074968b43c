package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.it.ApiDocument.Operation;
import com.microcredit.it.BadRequests.Bad;
import com.microcredit.it.BadRequests.Target;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Generated input against every operation of the REST API (issue 20, docs/security.md): the
 * operations are read from the served OpenAPI document, so a new one is covered – or fails this
 * test until it has a {@link Target} here; jqwik's generators ({@link BadRequests}) make invalid
 * bodies, parameters and headers. Every answer must be a 4xx in the API's error format, a 400
 * naming the field, and the row count of every entity (the test module's probe) must stay as it
 * was. Tries per operation: {@code -Dmcrc.fuzz.tries} (default 25); the seed is printed, {@code
 * -Dmcrc.fuzz.seed} repeats a run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedInputIT {

    private static final String TRADE_FILE_HEADER =
            "memberId,kind,documentNumber,tradeDate,amount,currency,hubConfirmed\n";

    /** How each operation is reached; an operation of the document missing here fails the test. */
    private static final Map<String, Target> TARGETS =
            Map.ofEntries(
                    Map.entry("POST /api/borrowers/enterprises", to("staff", null)),
                    Map.entry("POST /api/borrowers/individuals", to("staff", null)),
                    Map.entry("GET /api/borrowers/{id}", to("staff", "BORROWER")),
                    Map.entry("GET /api/borrowers", to("staff", null)),
                    Map.entry("POST /api/applications", to("staff", null)),
                    Map.entry("GET /api/applications/{id}", to("staff", "APPLICATION")),
                    Map.entry(
                            "GET /api/applications",
                            new Target("staff", null, "borrowerId={BORROWER}", null, null)),
                    Map.entry("POST /api/applications/{id}/decision", to("staff", "APPLICATION")),
                    Map.entry("POST /api/applications/{id}/acceptance", to("staff", "APPLICATION")),
                    Map.entry("POST /api/applications/{id}/withdrawal", to("staff", "APPLICATION")),
                    Map.entry("GET /api/applications/referrals", to("officer", null)),
                    Map.entry("POST /api/applications/{id}/review", to("officer", "APPLICATION")),
                    Map.entry("POST /api/applications/automated", to("corebanking", null)),
                    Map.entry("GET /api/products", to("staff", null)),
                    Map.entry("GET /api/lists/{list}", to("risk", null)),
                    Map.entry("GET /api/lists/{list}/csv", to("risk", null)),
                    Map.entry("GET /api/products/{code}", to("staff", null)),
                    Map.entry("GET /api/supply-chain/hubs/{id}/chain", to("officer", "HUB")),
                    Map.entry("GET /api/supply-chain/hubs/{id}/invoices", to("officer", "HUB")),
                    Map.entry(
                            "POST /api/supply-chain/invoices/{id}/confirmation",
                            to("officer", "INVOICE")),
                    Map.entry(
                            "POST /api/supply-chain/invoices/{id}/financing",
                            to("officer", "INVOICE")),
                    Map.entry("POST /api/supply-chain/hub-payments", to("corebanking", null)),
                    Map.entry("POST /api/supply-chain/hubs/{id}/status-changes", to("risk", "HUB")),
                    Map.entry(
                            "POST /api/supply-chain/status-changes/{id}/approval",
                            to("risk", "STATUS_CHANGE")),
                    Map.entry(
                            "POST /api/supply-chain/status-changes/{id}/rejection",
                            to("risk", "STATUS_CHANGE")),
                    Map.entry(
                            "POST /api/supply-chain/hubs/{id}/trade-files",
                            new Target(
                                    "officer",
                                    "HUB",
                                    "format=CSV&fileName=fuzz.csv",
                                    "text/csv",
                                    TRADE_FILE_HEADER)));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ApiProbeFixture.class, ItProbe.class);
    }

    private static Target to(String user, String idKind) {
        return new Target(user, idKind, null, null, null);
    }

    private final Path serverDir =
            Path.of(
                    System.getProperty("wlp.home"),
                    "usr",
                    "servers",
                    System.getProperty("mcrc.it.server"));
    private final RawCalls calls = new RawCalls(serverDir);
    private final HttpClient plain = HttpClient.newHttpClient();

    @Test
    void everyInvalidRequestToEveryOperationIsA4xxNamingTheFieldAndStoresNothing()
            throws Exception {
        long seed = Long.getLong("mcrc.fuzz.seed", new Random().nextLong());
        int tries = Integer.getInteger("mcrc.fuzz.tries", 25);
        System.out.println(
                "GeneratedInputIT: seed "
                        + seed
                        + " (-Dmcrc.fuzz.seed), "
                        + tries
                        + " tries per operation");
        var doc = calls.send("GET", "/openapi", Map.of("Accept", "application/json"), null);
        assertEquals(200, doc.status(), doc.body());
        List<Operation> operations = ApiDocument.operations(json(doc.body()));
        assertEquals(
                new TreeSet<>(TARGETS.keySet()),
                new TreeSet<>(operations.stream().map(Operation::key).toList()),
                "every operation of the OpenAPI document needs a Target here (and none other)");
        JsonObject targets = json(fixture("targets"));
        for (String user : new TreeSet<>(TARGETS.values().stream().map(Target::user).toList())) {
            send(
                    new Bad(
                            "warm-up",
                            "GET",
                            "/mcrc/api/products",
                            Map.of("Accept", "application/json"),
                            null,
                            200,
                            null),
                    user);
        }
        Map<String, Long> baseline = counts();
        Random random = new Random(seed);
        JqwikSession.start(); // jqwik's generators outside a property (this is a JUnit test)
        try {
            run(operations, targets, tries, random, baseline, seed);
        } finally {
            JqwikSession.finish();
        }
    }

    private void run(
            List<Operation> operations,
            JsonObject targets,
            int tries,
            Random random,
            Map<String, Long> initial,
            long seed)
            throws Exception {
        Map<String, Long> baseline = initial;
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        for (Operation op :
                operations.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList()) {
            Target target = TARGETS.get(op.key());
            if (target.query() != null) {
                target =
                        new Target(
                                target.user(),
                                target.idKind(),
                                target.query()
                                        .replace(
                                                "{BORROWER}",
                                                String.valueOf(
                                                        targets.getJsonNumber("BORROWER")
                                                                .longValue())),
                                target.contentType(),
                                target.file());
            }
            long id =
                    target.idKind() == null
                            ? 0
                            : targets.getJsonNumber(target.idKind()).longValue();
            RandomGenerator<Bad> generator =
                    new BadRequests(op, target, id == 0 ? 9_000_000_001L : id)
                            .arbitrary()
                            .generator(1000);
            for (int i = 0; i < tries; i++) {
                Bad bad = generator.next(random).value();
                RawCalls.Answer answer = send(bad, target.user());
                statuses.computeIfAbsent(op.key(), k -> new TreeMap<>())
                        .merge(answer.status(), 1, Integer::sum);
                String wrong = wrong(bad, answer);
                Map<String, Long> now = counts();
                if (!now.equals(baseline)) {
                    wrong =
                            (wrong == null ? "" : wrong + "; ")
                                    + "rows changed: "
                                    + changed(baseline, now);
                    baseline = now;
                }
                if (wrong != null && failures.size() < 200) {
                    failures.add(op.key() + " – " + bad.what() + " → " + wrong);
                }
            }
        }
        statuses.forEach((op, s) -> System.out.println("GeneratedInputIT: " + op + " " + s));
        failures.forEach(f -> System.out.println("GeneratedInputIT FAILED: " + f));
        assertTrue(
                failures.isEmpty(),
                "seed "
                        + seed
                        + ", "
                        + failures.size()
                        + " failures:\n"
                        + String.join("\n", failures));
    }

    private RawCalls.Answer send(Bad bad, String user) throws Exception {
        Map<String, String> headers = new java.util.LinkedHashMap<>(bad.headers());
        headers.put(
                "Authorization",
                "Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString(
                                        (user + ":" + ApiCalls.password(user))
                                                .getBytes(
                                                        java.nio.charset.StandardCharsets.UTF_8)));
        return calls.send(bad.method(), bad.path(), headers, bad.body());
    }

    /** What is wrong with the answer, or null when it is the one the request must get. */
    static String wrong(Bad bad, RawCalls.Answer answer) {
        String got =
                answer.status()
                        + " "
                        + BadRequests.shown(
                                answer.body().length() > 300
                                        ? answer.body().substring(0, 300)
                                        : answer.body());
        if (BadRequests.BY_CONTAINER.equals(bad.field())) {
            return answer.status() == 400 ? null : "expected the container's 400, got " + got;
        }
        if (answer.status() != bad.status()) {
            return "expected "
                    + bad.status()
                    + (bad.field() == null ? "" : " naming " + bad.field())
                    + ", got "
                    + got;
        }
        JsonObject error;
        try {
            error = json(answer.body());
        } catch (RuntimeException e) {
            return "not the API's error format: " + got;
        }
        if (error.getInt("status", -1) != answer.status()
                || error.get("code") == null
                || error.get("code").getValueType() != JsonValue.ValueType.STRING
                || error.get("message") == null
                || error.get("message").getValueType() != JsonValue.ValueType.STRING
                || answer.body().contains("Exception")
                || answer.body().contains("RESTEASY")) {
            return "not the API's error format: " + got;
        }
        if (answer.status() == 400) {
            String field = error.isNull("field") ? null : error.getString("field", null);
            if (field == null || !error.getString("message").startsWith(field)) {
                return "a 400 must name the field: " + got;
            }
            if (bad.field() != null && !bad.field().equals(field)) {
                return "expected the field " + bad.field() + ", got " + got;
            }
        }
        return null;
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        json(fixture("counts"))
                .forEach((k, v) -> counts.put(k, ((jakarta.json.JsonNumber) v).longValue()));
        return counts;
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder b = new StringBuilder();
        after.forEach(
                (k, v) -> {
                    if (!v.equals(before.get(k))) {
                        b.append(k)
                                .append(' ')
                                .append(before.get(k))
                                .append("→")
                                .append(v)
                                .append(' ');
                    }
                });
        return b.toString().strip();
    }

    private String fixture(String what) throws Exception {
        HttpResponse<String> r =
                plain.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://localhost:"
                                                        + System.getProperty(
                                                                "mcrc.http.port", "9080")
                                                        + Deployments.TEST_CONTEXT_ROOT
                                                        + "/api-probe/"
                                                        + what))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
