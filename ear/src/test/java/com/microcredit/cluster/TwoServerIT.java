package com.microcredit.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microcredit.cluster.ClusterServers.Member;
import com.microcredit.it.ApiCalls;
import com.microcredit.it.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two servers against one MySQL database (issue: running on more than one server): reservations
 * made on both at once never exceed a limit, a message stream delivered to both is applied once, a
 * sign-in works on both, the schedule's nightly run of a business date starts once when both fire
 * it, and a persistent timer whose server is killed before it falls due runs once on the other.
 * Runs in the {@code cluster} profile on MySQL only (Derby is embedded in one server and cannot be
 * shared). The fail-over case kills the first server, so it runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServerIT {

    /** The cluster servers' missedTaskThreshold and pollInterval (ClusterServers, TIMER_*). */
    private static final Duration MISSED_TASK_THRESHOLD = Duration.ofSeconds(100);

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(100);

    private static ClusterServers cluster;
    private static HttpClient http;

    @BeforeAll
    static void startTwoServers() throws Exception {
        assumeTrue(
                "mysql".equalsIgnoreCase(System.getenv("DB_KIND")),
                "two servers need a shared MySQL database");
        Path target = Path.of(System.getProperty("mcrc.ear")).getParent();
        Path ear = target.resolve("cluster/mcrc.ear");
        Files.createDirectories(ear.getParent());
        WebArchive probe = ProbeWar.create();
        Deployments.applicationWith(probe, "/cluster-probe")
                .as(ZipExporter.class)
                .exportTo(ear.toFile(), true);

        Map<String, String> database = new HashMap<>();
        for (String key :
                List.of(
                        "DB_KIND",
                        "DB_HOST",
                        "DB_PORT",
                        "DB_NAME",
                        "DB_USER",
                        "DB_PASSWORD",
                        "DB_SSL_MODE")) {
            String value = System.getenv(key);
            if (value != null) {
                database.put(key, value);
            }
        }
        int base = Integer.getInteger("mcrc.cluster.port.base", 9090);
        cluster =
                new ClusterServers(
                        Path.of(System.getProperty("wlp.home")),
                        System.getProperty("mcrc.it.server"),
                        ear,
                        database,
                        List.of(
                                new Member(
                                        "mcrc-cluster-a",
                                        base + 1,
                                        base + 11,
                                        base - 1790,
                                        base - 1780),
                                new Member(
                                        "mcrc-cluster-b",
                                        base + 2,
                                        base + 12,
                                        base - 1789,
                                        base - 1779)));
        cluster.start(Duration.ofMinutes(4));
        http = cluster.client();
    }

    @AfterAll
    static void stopTwoServers() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void reservationsMadeOnBothServersAtOnceNeverExceedTheLimit() {
        String product = "CL" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        post(a(), "/cluster-probe/probe/limit", "product", product, "amount", "1000.00");

        // 2 x 150 reservations of 7.00 from 16 threads on each server against 1,000.00: exactly 142
        // fit.
        List<CompletableFuture<JsonObject>> runs =
                cluster.members.stream()
                        .map(
                                m ->
                                        CompletableFuture.supplyAsync(
                                                () ->
                                                        post(
                                                                m,
                                                                "/cluster-probe/probe/reserve",
                                                                "product",
                                                                product,
                                                                "server",
                                                                m.name(),
                                                                "amount",
                                                                "7.00",
                                                                "count",
                                                                "150",
                                                                "threads",
                                                                "16")))
                        .toList();
        int reserved =
                runs.stream()
                        .map(CompletableFuture::join)
                        .mapToInt(r -> r.getInt("reserved"))
                        .sum();
        int refused =
                runs.stream().map(CompletableFuture::join).mapToInt(r -> r.getInt("refused")).sum();

        assertEquals(142, reserved, "every reservation that fits, and not one more");
        assertEquals(300 - 142, refused);
        for (Member m : cluster.members) {
            JsonObject limit = get(m, "/cluster-probe/probe/limit", "product", product);
            assertEquals(
                    new BigDecimal("994.00"),
                    new BigDecimal(limit.getString("utilised")),
                    m.name());
            assertEquals(
                    new BigDecimal(limit.getString("liveSum")),
                    new BigDecimal(limit.getString("utilised")),
                    "utilisation equals the sum of the live reservations");
            assertEquals(142, limit.getJsonNumber("liveCount").intValue());
        }
    }

    @Test
    @Order(2)
    void aStreamDeliveredToBothServersIsAppliedOnce() throws InterruptedException {
        String prefix = "CL-" + UUID.randomUUID().toString().substring(0, 8);
        // 1..600 to the first server's queue, 401..1000 to the second's: 200 transactions arrive
        // twice.
        // The account must be a borrower's settlement account (the demo book's, loaded in the MySQL
        // run).
        List<CompletableFuture<JsonObject>> sends =
                List.of(
                        CompletableFuture.supplyAsync(
                                () ->
                                        post(
                                                a(),
                                                "/cluster-probe/probe/send",
                                                "prefix",
                                                prefix,
                                                "account",
                                                "6222020022220005",
                                                "from",
                                                "1",
                                                "to",
                                                "600")),
                        CompletableFuture.supplyAsync(
                                () ->
                                        post(
                                                b(),
                                                "/cluster-probe/probe/send",
                                                "prefix",
                                                prefix,
                                                "account",
                                                "6222020022220005",
                                                "from",
                                                "401",
                                                "to",
                                                "1000")));
        sends.forEach(CompletableFuture::join);

        BigDecimal expectedSum =
                IntStream.rangeClosed(1, 1000)
                        .mapToObj(ClusterProbe::amountOf)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonObject applied = awaitRows(prefix, 1000, Duration.ofMinutes(3));
        assertEquals(1000, applied.getJsonNumber("rows").intValue(), applied.toString());
        assertEquals(1000, applied.getJsonNumber("distinct").intValue());
        assertEquals(expectedSum, new BigDecimal(applied.getString("sum")));
    }

    @Test
    @Order(3)
    void aSignInWorksOnBothServersAndTheirSingleSignOnTokenIsShared() {
        for (Member m : cluster.members) {
            String token = signIn(m, "staff");
            assertEquals(200, page(m, "/mcrc/pages/home.xhtml", token).statusCode(), m.name());
            Member other = m == a() ? b() : a();
            assertEquals(
                    200,
                    page(other, "/mcrc/pages/home.xhtml", token).statusCode(),
                    "the token of " + m.name() + " is accepted by " + other.name());
        }
    }

    @Test
    @Order(4)
    void theScheduleStartsTheNightlyRunOfADateOnceWhenBothServersFireIt()
            throws InterruptedException {
        // A past business date without a scheduled run yet (the earlier integration tests used
        // today).
        LocalDate date = null;
        for (int attempt = 0; attempt < 20 && date == null; attempt++) {
            LocalDate candidate =
                    LocalDate.now(ZoneId.of("Asia/Shanghai"))
                            .minusDays(1 + ThreadLocalRandom.current().nextInt(365));
            if (nightlyRuns(a(), candidate).isEmpty()) {
                date = candidate;
            }
        }
        assertTrue(date != null, "no business date of the last year without a scheduled run");
        String day = date.toString();

        List<String> outcomes =
                cluster.members.stream()
                        .map(
                                m ->
                                        CompletableFuture.supplyAsync(
                                                () ->
                                                        post(
                                                                m,
                                                                "/cluster-probe/probe/nightly",
                                                                "date",
                                                                day)))
                        .toList()
                        .stream()
                        .map(f -> f.join().getString("outcome"))
                        .toList();
        assertEquals(
                1,
                outcomes.stream().filter(o -> o.startsWith("started")).count(),
                "exactly one server starts the run: " + outcomes);

        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonArray runs = nightlyRuns(b(), date);
        while (runs.size() == 1
                && "STARTED".equals(runs.getJsonObject(0).getString("status"))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            runs = nightlyRuns(b(), date);
        }
        assertEquals(1, runs.size(), "one scheduled run of " + day + ": " + runs);
        assertEquals("COMPLETED", runs.getJsonObject(0).getString("status"), runs.toString());
    }

    @Test
    @Order(5)
    void aTimerDueWhileItsServerIsDownRunsOnceOnTheOther() throws Exception {
        Map<String, Long> tasksBefore = timerTasks(b());
        assertEquals(
                1L,
                tasksNamed(tasksBefore, "NightlySchedule"),
                "the nightly schedule is stored once: " + tasksBefore);
        assertEquals(
                1L,
                tasksNamed(tasksBefore, "ReconciliationSchedule"),
                "the reconciliation schedule is stored once: " + tasksBefore);

        String marker = "failover-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject probeA = get(a(), "/cluster-probe/probe/pid");
        assertEquals(a().name(), probeA.getString("member"));
        Instant due =
                Instant.parse(
                        post(a(), "/cluster-probe/probe/timer", "marker", marker, "seconds", "20")
                                .getString("due"));
        // The server that created the timer dies before it falls due, without a chance to hand
        // anything over.
        cluster.kill(a(), probeA.getJsonNumber("pid").longValue());
        assertTrue(
                Instant.now().isBefore(due),
                "the first server was killed only after the timer fell due");

        // The other server may run it once the reservation (missedTaskThreshold) has expired, at
        // its
        // next poll; a little slack for the firing itself.
        Instant deadline = due.plus(MISSED_TASK_THRESHOLD).plus(POLL_INTERVAL).plusSeconds(30);
        JsonArray firings = firings(b(), marker);
        while (firings.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(2000);
            firings = firings(b(), marker);
        }
        assertFalse(
                firings.isEmpty(),
                "the timer due at " + due + " did not run on " + b().name() + " by " + deadline);
        Thread.sleep(15_000); // a second firing would show now
        firings = firings(b(), marker);
        assertEquals(1, firings.size(), "the timer runs exactly once: " + firings);
        assertEquals(b().name(), firings.getJsonObject(0).getString("member"));
        assertFalse(
                Instant.parse(firings.getJsonObject(0).getString("at")).isBefore(due),
                "not before it was due");
        // Its task is gone (it cannot fire again) and the real schedules are still stored once
        // each.
        assertEquals(tasksBefore, timerTasks(b()), "only the probe's timer came and went");
    }

    private static JsonArray nightlyRuns(Member m, LocalDate date) {
        return get(m, "/cluster-probe/probe/nightly", "date", date.toString()).getJsonArray("runs");
    }

    private static JsonArray firings(Member m, String marker) {
        return get(m, "/cluster-probe/probe/firings", "marker", marker).getJsonArray("firings");
    }

    /** Stored persistent-executor tasks by name (the EJB timers of every module). */
    private static Map<String, Long> timerTasks(Member m) {
        Map<String, Long> tasks = new TreeMap<>();
        get(m, "/cluster-probe/probe/timers")
                .getJsonObject("tasks")
                .forEach(
                        (name, count) ->
                                tasks.put(name, ((jakarta.json.JsonNumber) count).longValue()));
        return tasks;
    }

    private static long tasksNamed(Map<String, Long> tasks, String bean) {
        return tasks.entrySet().stream()
                .filter(e -> e.getKey().contains(bean))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private JsonObject awaitRows(String prefix, int expected, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject last = get(a(), "/cluster-probe/probe/settlements", "prefix", prefix);
        while (last.getJsonNumber("rows").intValue() < expected
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = get(a(), "/cluster-probe/probe/settlements", "prefix", prefix);
        }
        Thread.sleep(2000); // late duplicates would show now
        return get(b(), "/cluster-probe/probe/settlements", "prefix", prefix);
    }

    /** Form sign-in; returns the LtpaToken2 cookie value. */
    private static String signIn(Member m, String user) {
        HttpResponse<String> login =
                send(
                        HttpRequest.newBuilder(URI.create(m.base() + "/mcrc/signin"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                form(
                                                        "j_username",
                                                        user,
                                                        "j_password",
                                                        ApiCalls.password(user))))
                                .build());
        return login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("LtpaToken2="))
                .map(c -> c.substring("LtpaToken2=".length(), c.indexOf(';')))
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        m.name()
                                                + ": no sign-on token after login, status "
                                                + login.statusCode()
                                                + " "
                                                + login.headers().map()));
    }

    private static HttpResponse<String> page(Member m, String path, String token) {
        return send(
                HttpRequest.newBuilder(URI.create(m.base() + path))
                        .header("Cookie", "LtpaToken2=" + token)
                        .GET()
                        .build());
    }

    private static Member a() {
        return cluster.members.get(0);
    }

    private static Member b() {
        return cluster.members.get(1);
    }

    private static JsonObject post(Member m, String path, String... params) {
        HttpResponse<String> r =
                send(
                        HttpRequest.newBuilder(URI.create(m.base() + path))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .timeout(Duration.ofMinutes(3))
                                .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                                .build());
        assertEquals(200, r.statusCode(), () -> m.name() + " " + path + ": " + r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static JsonObject get(Member m, String path, String... params) {
        HttpResponse<String> r =
                send(
                        HttpRequest.newBuilder(URI.create(m.base() + path + "?" + form(params)))
                                .timeout(Duration.ofMinutes(1))
                                .GET()
                                .build());
        assertEquals(200, r.statusCode(), () -> m.name() + " " + path + ": " + r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String form(String... params) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.append(b.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(params[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
