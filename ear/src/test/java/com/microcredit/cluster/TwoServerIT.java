package com.microcredit.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microcredit.cluster.ClusterServers.Member;
import com.microcredit.it.ApiCalls;
import com.microcredit.it.Deployments;
import jakarta.json.Json;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers against one MySQL database (issue: running on more than one server): reservations
 * made on both at once never exceed a limit, a message stream delivered to both is applied once,
 * and a sign-in works on both. Runs in the {@code cluster} profile on MySQL only (Derby is
 * embedded in one server and cannot be shared).
 */
class TwoServerIT {

    private static ClusterServers cluster;
    private static HttpClient http;

    @BeforeAll
    static void startTwoServers() throws Exception {
        assumeTrue("mysql".equalsIgnoreCase(System.getenv("DB_KIND")), "two servers need a shared MySQL database");
        Path target = Path.of(System.getProperty("mcrc.ear")).getParent();
        Path ear = target.resolve("cluster/mcrc.ear");
        Files.createDirectories(ear.getParent());
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "cluster-probe.war").addClass(ClusterProbe.class);
        Deployments.applicationWith(probe, "/cluster-probe").as(ZipExporter.class).exportTo(ear.toFile(), true);

        Map<String, String> database = new HashMap<>();
        for (String key : List.of("DB_KIND", "DB_HOST", "DB_PORT", "DB_NAME", "DB_USER", "DB_PASSWORD", "DB_SSL_MODE")) {
            String value = System.getenv(key);
            if (value != null) {
                database.put(key, value);
            }
        }
        int base = Integer.getInteger("mcrc.cluster.port.base", 9090);
        cluster = new ClusterServers(Path.of(System.getProperty("wlp.home")), System.getProperty("mcrc.it.server"), ear,
                database, List.of(new Member("mcrc-cluster-a", base + 1, base + 11, base - 1790, base - 1780),
                        new Member("mcrc-cluster-b", base + 2, base + 12, base - 1789, base - 1779)));
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
    void reservationsMadeOnBothServersAtOnceNeverExceedTheLimit() {
        String product = "CL" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        post(a(), "/cluster-probe/probe/limit", "product", product, "amount", "1000.00");

        // 2 x 150 reservations of 7.00 from 16 threads on each server against 1,000.00: exactly 142 fit.
        List<CompletableFuture<JsonObject>> runs = cluster.members.stream()
                .map(m -> CompletableFuture.supplyAsync(() -> post(m, "/cluster-probe/probe/reserve", "product", product,
                        "server", m.name(), "amount", "7.00", "count", "150", "threads", "16")))
                .toList();
        int reserved = runs.stream().map(CompletableFuture::join).mapToInt(r -> r.getInt("reserved")).sum();
        int refused = runs.stream().map(CompletableFuture::join).mapToInt(r -> r.getInt("refused")).sum();

        assertEquals(142, reserved, "every reservation that fits, and not one more");
        assertEquals(300 - 142, refused);
        for (Member m : cluster.members) {
            JsonObject limit = get(m, "/cluster-probe/probe/limit", "product", product);
            assertEquals(new BigDecimal("994.00"), new BigDecimal(limit.getString("utilised")), m.name());
            assertEquals(new BigDecimal(limit.getString("liveSum")), new BigDecimal(limit.getString("utilised")),
                    "utilisation equals the sum of the live reservations");
            assertEquals(142, limit.getJsonNumber("liveCount").intValue());
        }
    }

    @Test
    void aStreamDeliveredToBothServersIsAppliedOnce() throws InterruptedException {
        String prefix = "CL-" + UUID.randomUUID().toString().substring(0, 8);
        // 1..600 to the first server's queue, 401..1000 to the second's: 200 transactions arrive twice.
        // The account must be a borrower's settlement account (the demo book's, loaded in the MySQL run).
        List<CompletableFuture<JsonObject>> sends = List.of(
                CompletableFuture.supplyAsync(() -> post(a(), "/cluster-probe/probe/send", "prefix", prefix,
                        "account", "6222020022220005", "from", "1", "to", "600")),
                CompletableFuture.supplyAsync(() -> post(b(), "/cluster-probe/probe/send", "prefix", prefix,
                        "account", "6222020022220005", "from", "401", "to", "1000")));
        sends.forEach(CompletableFuture::join);

        BigDecimal expectedSum = IntStream.rangeClosed(1, 1000).mapToObj(ClusterProbe::amountOf)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonObject applied = awaitRows(prefix, 1000, Duration.ofMinutes(3));
        assertEquals(1000, applied.getJsonNumber("rows").intValue(), applied.toString());
        assertEquals(1000, applied.getJsonNumber("distinct").intValue());
        assertEquals(expectedSum, new BigDecimal(applied.getString("sum")));
    }

    @Test
    void aSignInWorksOnBothServersAndTheirSingleSignOnTokenIsShared() {
        for (Member m : cluster.members) {
            String token = signIn(m, "staff");
            assertEquals(200, page(m, "/mcrc/pages/home.xhtml", token).statusCode(), m.name());
            Member other = m == a() ? b() : a();
            assertEquals(200, page(other, "/mcrc/pages/home.xhtml", token).statusCode(),
                    "the token of " + m.name() + " is accepted by " + other.name());
        }
    }

    private JsonObject awaitRows(String prefix, int expected, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject last = get(a(), "/cluster-probe/probe/settlements", "prefix", prefix);
        while (last.getJsonNumber("rows").intValue() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = get(a(), "/cluster-probe/probe/settlements", "prefix", prefix);
        }
        Thread.sleep(2000); // late duplicates would show now
        return get(b(), "/cluster-probe/probe/settlements", "prefix", prefix);
    }

    /** Form sign-in; returns the LtpaToken2 cookie value. */
    private static String signIn(Member m, String user) {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(m.base() + "/mcrc/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("j_username", user, "j_password",
                        ApiCalls.password(user))))
                .build());
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LtpaToken2="))
                .map(c -> c.substring("LtpaToken2=".length(), c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError(m.name() + ": no sign-on token after login, status "
                        + login.statusCode() + " " + login.headers().map()));
    }

    private static HttpResponse<String> page(Member m, String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(m.base() + path)).header("Cookie", "LtpaToken2=" + token).GET()
                .build());
    }

    private static Member a() {
        return cluster.members.get(0);
    }

    private static Member b() {
        return cluster.members.get(1);
    }

    private static JsonObject post(Member m, String path, String... params) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(m.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofString(form(params))).build());
        assertEquals(200, r.statusCode(), () -> m.name() + " " + path + ": " + r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static JsonObject get(Member m, String path, String... params) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(m.base() + path + "?" + form(params)))
                .timeout(Duration.ofMinutes(1)).GET().build());
        assertEquals(200, r.statusCode(), () -> m.name() + " " + path + ": " + r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String form(String... params) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(params[i], StandardCharsets.UTF_8)).append('=')
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
