package com.microcredit.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.microcredit.cluster.ClusterServers.Member;
import com.microcredit.it.Deployments;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * External messaging (issue 10): the application on a Liberty server configured with
 * MESSAGING=artemis (messaging-artemis.xml, the resource adapter archive of the messaging-artemis
 * module) against an ActiveMQ Artemis broker started from the distribution. Core banking's side is
 * played by a plain Artemis JMS client in this JVM: settlement transactions it sends to the broker
 * are applied once, and an invalid message – to the batched settlement consumers or to a
 * message-driven bean – reaches the broker's inbound exception queue with the reason. Profile
 * {@code artemis}, embedded Derby (docs/operations.md).
 */
class ArtemisMessagingIT {

    private static ArtemisBroker broker;
    private static ClusterServers server;
    private static HttpClient http;

    @BeforeAll
    static void startBrokerAndServer() throws Exception {
        Path target = Path.of(System.getProperty("mcrc.ear")).getParent();
        broker =
                new ArtemisBroker(
                        Path.of(System.getProperty("mcrc.artemis.home")),
                        target.resolve("artemis-instance"),
                        Integer.getInteger("mcrc.artemis.port", 61616),
                        UUID.randomUUID().toString());
        broker.start(Duration.ofMinutes(2));

        Path ear = target.resolve("artemis/mcrc.ear");
        Files.createDirectories(ear.getParent());
        WebArchive probe = ProbeWar.create();
        Deployments.applicationWith(probe, "/cluster-probe")
                .as(ZipExporter.class)
                .exportTo(ear.toFile(), true);

        // The demo book gives the borrower whose settlement account the transactions name.
        Map<String, String> environment =
                Map.of(
                        "MESSAGING",
                        "artemis",
                        "ARTEMIS_RAR",
                        System.getProperty("mcrc.artemis.rar"),
                        "ARTEMIS_PORT",
                        String.valueOf(broker.port()),
                        "ARTEMIS_USER",
                        ArtemisBroker.USER,
                        "ARTEMIS_PASSWORD",
                        broker.password(),
                        "MCRC_DEMO_DATA_ENABLED",
                        "true");
        server =
                new ClusterServers(
                        Path.of(System.getProperty("wlp.home")),
                        System.getProperty("mcrc.it.server"),
                        ear,
                        environment,
                        List.of(
                                new Member(
                                        "mcrc-artemis",
                                        Integer.getInteger("mcrc.http.port", 9080),
                                        Integer.getInteger("mcrc.https.port", 9443),
                                        Integer.getInteger("mcrc.jms.port", 7276),
                                        Integer.getInteger("mcrc.jms.ssl.port", 7286))));
        server.start(Duration.ofMinutes(4));
        http = server.client();
    }

    @AfterAll
    static void stopServerAndBroker() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    @Test
    void settlementTransactionsSentToTheBrokerAreAppliedOnce() throws Exception {
        String prefix = "AR-" + UUID.randomUUID().toString().substring(0, 8);
        try (JMSContext context = coreBanking().createContext(JMSContext.SESSION_TRANSACTED)) {
            Queue queue = context.createQueue("mcrc.inbound.SettlementTransaction");
            JMSProducer producer = context.createProducer();
            for (int i = 1; i <= 200; i++) {
                String id = prefix + "-" + i;
                producer.setJMSCorrelationID(id)
                        .send(queue, settlement(id, ClusterProbe.amountOf(i)));
            }
            context.commit();
        }
        BigDecimal expectedSum =
                IntStream.rangeClosed(1, 200)
                        .mapToObj(ClusterProbe::amountOf)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject applied = settlements(prefix);
        while (applied.getJsonNumber("rows").intValue() < 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            applied = settlements(prefix);
        }
        assertEquals(200, applied.getJsonNumber("rows").intValue(), applied.toString());
        assertEquals(200, applied.getJsonNumber("distinct").intValue());
        assertEquals(expectedSum, new BigDecimal(applied.getString("sum")));
    }

    /** The settlement stream (batched consumers on the connection factory) refuses it. */
    @Test
    void anInvalidSettlementReachesTheExceptionQueueWithItsReason() {
        refusedToTheExceptionQueue("mcrc.inbound.SettlementTransaction");
    }

    /** A message-driven bean on the adapter's activation spec refuses it. */
    @Test
    void anInvalidRepaymentPostingReachesTheExceptionQueueWithItsReason() {
        refusedToTheExceptionQueue("mcrc.inbound.RepaymentPosting");
    }

    private static void refusedToTheExceptionQueue(String queue) {
        String correlation = "AR-BAD-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"schemaVersion\":1,\"messageType\":";
        try (JMSContext context = coreBanking().createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            context.createProducer()
                    .setJMSCorrelationID(correlation)
                    .send(context.createQueue(queue), body);
            try (JMSConsumer exceptions =
                    context.createConsumer(
                            context.createQueue("mcrc.inbound.Exceptions"),
                            "JMSCorrelationID = '" + correlation + "'")) {
                Message refused = exceptions.receive(Duration.ofMinutes(1).toMillis());
                assertNotNull(
                        refused,
                        "the invalid message to "
                                + queue
                                + " did not reach mcrc.inbound.Exceptions"
                                + " within a minute");
                String reason = refused.getStringProperty("mcrcReason");
                assertNotNull(reason, "the refusal carries its reason");
                assertFalse(reason.isBlank());
                assertEquals(body, refused.getBody(String.class));
            } catch (jakarta.jms.JMSException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static ConnectionFactory coreBanking() {
        return new ActiveMQConnectionFactory(
                "tcp://localhost:" + broker.port(), ArtemisBroker.USER, broker.password());
    }

    private static String settlement(String id, BigDecimal amount) {
        return """
        {"schemaVersion":1,"messageType":"SettlementTransaction","transactionId":"%s",
         "accountNumber":"6222020022220005","direction":"CREDIT","amount":"%s","currency":"CNY",
         "counterpartyName":"外部消息测试","counterpartyIndustryCode":"F52","valueDate":"2026-11-20"}
        """
                .formatted(id, amount.toPlainString());
    }

    private static JsonObject settlements(String prefix) {
        Member m = server.members.get(0);
        try {
            HttpResponse<String> r =
                    http.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    m.base()
                                                            + "/cluster-probe/probe/settlements?prefix="
                                                            + URLEncoder.encode(
                                                                    prefix,
                                                                    StandardCharsets.UTF_8)))
                                    .timeout(Duration.ofMinutes(1))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r::body);
            return Json.createReader(new StringReader(r.body())).readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
