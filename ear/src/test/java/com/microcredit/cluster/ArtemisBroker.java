package com.microcredit.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An ActiveMQ Artemis broker for the external-messaging test: a broker instance created with the
 * distribution's own {@code artemis create} under target/, with the application's queues and the
 * redelivery and dead-letter settings messaging-artemis.xml asks the broker for, run as a child
 * process on the given port and stopped (then killed if need be) at the end. The scripts run
 * through bash: an unpacked archive need not keep their executable bit.
 */
// close() may be interrupted only when the test run itself is: nothing to handle there.
@SuppressWarnings("try")
final class ArtemisBroker implements AutoCloseable {

    static final String USER = "mcrc";

    /** The application's queues (messaging.xml, the same names on the broker). */
    static final List<String> QUEUES =
            List.of(
                    "mcrc.inbound.SettlementTransaction",
                    "mcrc.inbound.EndOfDayBalance",
                    "mcrc.inbound.RepaymentPosting",
                    "mcrc.inbound.DecisionRequest",
                    "mcrc.outbound.DisbursementInstruction",
                    "mcrc.outbound.Events",
                    "mcrc.diagnostics.Loopback",
                    "mcrc.inbound.Exceptions",
                    "mcrc.outbound.Exceptions");

    private final Path home;
    private final Path instance;
    private final int port;
    private final String password;
    private Process process;

    ArtemisBroker(Path home, Path instance, int port, String password) {
        this.home = home;
        this.instance = instance;
        this.port = port;
        this.password = password;
    }

    int port() {
        return port;
    }

    String password() {
        return password;
    }

    void start(Duration timeout) throws IOException, InterruptedException {
        List<String> create =
                new ArrayList<>(
                        List.of(
                                "bash",
                                home.resolve("bin/artemis").toString(),
                                "create",
                                instance.toString(),
                                "--force",
                                "--silent",
                                "--user",
                                USER,
                                "--password",
                                password,
                                "--require-login",
                                "--no-web",
                                "--no-amqp-acceptor",
                                "--no-mqtt-acceptor",
                                "--no-stomp-acceptor",
                                "--no-hornetq-acceptor",
                                "--default-port",
                                String.valueOf(port),
                                "--no-autotune",
                                "--queues",
                                String.join(
                                        ",", QUEUES.stream().map(q -> q + ":anycast").toList())));
        run(
                create,
                instance.resolveSibling(instance.getFileName() + "-create.log"),
                Duration.ofMinutes(2));
        addressSettings(instance.resolve("etc/broker.xml"));

        ProcessBuilder pb =
                new ProcessBuilder("bash", instance.resolve("bin/artemis").toString(), "run")
                        .redirectErrorStream(true)
                        .redirectOutput(instance.resolve("broker.log").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = pb.start();
        Instant deadline = Instant.now().plus(timeout);
        while (!listening()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Artemis broker ended at start; see " + instance.resolve("broker.log"));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "Artemis broker not listening on " + port + " within " + timeout);
            }
            Thread.sleep(500);
        }
    }

    /**
     * What the built-in engine's queues do (messaging.xml): a message that fails 5 deliveries, 1 s
     * apart, moves to the exception destination of its direction.
     */
    private static void addressSettings(Path brokerXml) throws IOException {
        String xml = Files.readString(brokerXml);
        String settings =
                """
                <address-settings>
                         <address-setting match="mcrc.inbound.#">
                            <dead-letter-address>mcrc.inbound.Exceptions</dead-letter-address>
                            <max-delivery-attempts>5</max-delivery-attempts>
                            <redelivery-delay>1000</redelivery-delay>
                         </address-setting>
                         <address-setting match="mcrc.outbound.#">
                            <dead-letter-address>mcrc.outbound.Exceptions</dead-letter-address>
                            <max-delivery-attempts>5</max-delivery-attempts>
                            <redelivery-delay>1000</redelivery-delay>
                         </address-setting>
                         <address-setting match="mcrc.inbound.Exceptions">
                            <max-delivery-attempts>-1</max-delivery-attempts>
                         </address-setting>
                         <address-setting match="mcrc.outbound.Exceptions">
                            <max-delivery-attempts>-1</max-delivery-attempts>
                         </address-setting>\
                """;
        if (!xml.contains("<address-settings>")) {
            throw new IllegalStateException("no <address-settings> in " + brokerXml);
        }
        Files.writeString(brokerXml, xml.replaceFirst("<address-settings>", settings));
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(List<String> command, Path log, Duration timeout)
            throws IOException, InterruptedException {
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(
                    String.join(" ", command) + " did not return; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(
                    String.join(" ", command)
                            + " failed ("
                            + p.exitValue()
                            + "): "
                            + Files.readString(log));
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        // "artemis run" ends cleanly on SIGTERM; a broker that does not is killed.
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
