package com.microcredit.cluster;

import com.microcredit.it.ApiCalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Two Liberty servers made from the build's configured test server, against one MySQL database:
 * same configuration, own ports, own messaging engine and transaction log, and the same TLS key and
 * LTPA keys (so a single sign-on token of one is accepted by the other). The first is started and
 * ready (schema migrated) before the second starts.
 */
// close() may be interrupted only when the test run itself is: nothing to handle there.
@SuppressWarnings("try")
final class ClusterServers implements AutoCloseable {

    /** Files of the template that are state of its own runs, not configuration. */
    private static final Set<String> STATE =
            Set.of(
                    "logs",
                    "workarea",
                    "derby",
                    "derby.log",
                    "messaging",
                    "tranlog",
                    "apps",
                    "dropins",
                    "temp");

    record Member(String name, int httpPort, int httpsPort, int jmsPort, int jmsSslPort) {
        String base() {
            return "https://localhost:" + httpsPort;
        }
    }

    private final Path wlp;
    private final Path template;
    private final Path application;
    private final Map<String, String> database;
    final List<Member> members;

    ClusterServers(
            Path wlp,
            String templateServer,
            Path application,
            Map<String, String> database,
            List<Member> members) {
        this.wlp = wlp;
        this.template = wlp.resolve("usr/servers").resolve(templateServer);
        this.application = application;
        this.database = database;
        this.members = members;
    }

    Path serverDir(Member m) {
        return wlp.resolve("usr/servers").resolve(m.name());
    }

    /** Creates both servers from the template and starts them one after the other. */
    void start(Duration readyTimeout) throws IOException, InterruptedException {
        if (!Files.isDirectory(template)) {
            throw new IllegalStateException(
                    "No configured test server at " + template + " (build the ear module first)");
        }
        for (Member m : members) {
            Path dir = serverDir(m);
            stop(m);
            deleteTree(dir);
            copyConfiguration(template, dir);
            Files.writeString(dir.resolve("server.env"), serverEnv(m));
            Files.createDirectories(dir.resolve("dropins"));
            Files.copy(
                    application,
                    dir.resolve("dropins").resolve(application.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Member first = members.get(0);
        run("start", first);
        awaitReady(first, readyTimeout);
        for (Member m : members.subList(1, members.size())) {
            shareKeys(serverDir(first), serverDir(m));
            run("start", m);
            awaitReady(m, readyTimeout);
        }
    }

    /** An HTTPS client that trusts exactly the members' shared certificate. */
    HttpClient client() {
        return HttpClient.newBuilder()
                .sslContext(ApiCalls.pinnedToServerCertificate(serverDir(members.get(0))))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    void stop(Member m) throws IOException, InterruptedException {
        if (Files.isDirectory(serverDir(m))) {
            run("stop", m);
        }
    }

    /**
     * Ends the member's JVM at once (SIGKILL): no shutdown, nothing released – as a crashed server.
     */
    void kill(Member m, long pid) throws InterruptedException {
        ProcessHandle process =
                ProcessHandle.of(pid)
                        .orElseThrow(
                                () -> new IllegalStateException(m.name() + ": no process " + pid));
        if (!process.destroyForcibly()) {
            throw new IllegalStateException(m.name() + ": process " + pid + " could not be killed");
        }
        try {
            process.onExit().get(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException
                | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(m.name() + ": process " + pid + " did not end", e);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (Member m : members) {
            stop(m);
        }
    }

    private String serverEnv(Member m) throws IOException {
        StringBuilder env = new StringBuilder();
        Path templateEnv = template.resolve("server.env");
        if (Files.exists(templateEnv)) {
            env.append(Files.readString(templateEnv)).append('\n');
        }
        env.append("HTTP_PORT=")
                .append(m.httpPort())
                .append('\n')
                .append("HTTPS_PORT=")
                .append(m.httpsPort())
                .append('\n')
                .append("JMS_PORT=")
                .append(m.jmsPort())
                .append('\n')
                .append("JMS_SSL_PORT=")
                .append(m.jmsSslPort())
                .append('\n')
                .append("MCRC_DEMO_DATA_ENABLED=false\n")
                .append("MCRC_CLUSTER_MEMBER=")
                .append(m.name())
                .append('\n')
                // Timer fail-over within CI time: the least reservation and poll Liberty allows
                // (production keeps missedTaskThreshold at 5 minutes; nightly.xml).
                .append("TIMER_MISSED_THRESHOLD=100s\n")
                .append("TIMER_POLL_INTERVAL=100s\n");
        database.forEach((k, v) -> env.append(k).append('=').append(v).append('\n'));
        return env.toString();
    }

    private void run(String command, Member m) throws IOException, InterruptedException {
        ProcessBuilder pb =
                new ProcessBuilder(wlp.resolve("bin/server").toString(), command, m.name())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(
                    "server " + command + " " + m.name() + " did not return");
        }
    }

    /** Waits until /health/ready answers 200 (the application started, the schema is migrated). */
    private void awaitReady(Member m, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                // The certificate is generated when the first member starts; pin it once it exists.
                HttpClient http = client();
                HttpResponse<String> r =
                        http.send(
                                HttpRequest.newBuilder(URI.create(m.base() + "/health/ready"))
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException | IllegalStateException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(m.name() + " not ready within " + timeout + ": " + last);
    }

    private static void copyConfiguration(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (relative.getNameCount() > 0 && STATE.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The same TLS key and LTPA keys on every member, as behind one load balancer. */
    private static void shareKeys(Path from, Path to) throws IOException {
        Path security = from.resolve("resources/security");
        Files.createDirectories(to.resolve("resources/security"));
        for (String file : List.of("key.p12", "ltpa.keys")) {
            if (Files.exists(security.resolve(file))) {
                Files.copy(
                        security.resolve(file),
                        to.resolve("resources/security").resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(
                            p -> {
                                try {
                                    Files.delete(p);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        }
    }
}
