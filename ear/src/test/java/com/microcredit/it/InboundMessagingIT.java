package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.domain.inbound.RejectedMessage;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Core-banking messages reach their consumer; messages that can never be applied end on the
 * exception destination.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class InboundMessagingIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                InboundMessagingIT.class,
                ItProbe.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class);
    }

    @EJB private ItProbe probe;

    @EJB private Applicants applicants;

    private ConnectionFactory connectionFactory;
    private Queue inbound;
    private Queue exceptions;

    @BeforeEach
    void lookUpMessagingResources() throws NamingException {
        connectionFactory = InitialContext.doLookup("jms/mcrc/ConnectionFactory");
        inbound = InitialContext.doLookup("jms/portfolio/SettlementTransaction");
        exceptions = InitialContext.doLookup("jms/mcrc/InboundExceptions");
    }

    @Test
    void aSettlementTransactionOnTheInboundQueueIsApplied() throws Exception {
        String transactionId = "IT-" + UUID.randomUUID();
        send(
                """
                {"schemaVersion":1,"messageType":"SettlementTransaction","transactionId":"%s",
                 "accountNumber":"%s","direction":"CREDIT","amount":"1234.56","currency":"CNY",
                 "counterpartyName":"杭州某商贸有限公司","counterpartyIndustryCode":"F52","valueDate":"2026-11-20"}
                """
                        .formatted(transactionId, applicants.settlementAccountHolder()),
                transactionId);

        Instant deadline = Instant.now().plus(TIMEOUT);
        Object[] row = null;
        while (row == null && Instant.now().isBefore(deadline)) {
            row =
                    probe.firstRow(
                            "select t.amount, t.counterpartyName from SettlementTransaction t "
                                    + "where t.transactionId = :k",
                            Map.of("k", transactionId));
            if (row == null) {
                Thread.sleep(200);
            }
        }
        assertNotNull(row, "transaction applied within " + TIMEOUT);
        assertEquals("1234.56", ((java.math.BigDecimal) row[0]).toPlainString());
        assertEquals("杭州某商贸有限公司", row[1], "Chinese text survives the round trip");
    }

    @Test
    void aPoisonMessageEndsOnTheExceptionDestinationWithItsReason() throws Exception {
        String correlationId = "IT-poison-" + UUID.randomUUID();
        send("{\"schemaVersion\":1, this is not json", correlationId);

        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer =
                        context.createConsumer(
                                exceptions, "JMSCorrelationID = '" + correlationId + "'")) {
            Message forwarded = consumer.receive(TIMEOUT.toMillis());
            assertNotNull(forwarded, "poison message reached the exception destination");
            assertEquals("INBOUND_MALFORMED_JSON", forwarded.getStringProperty("mcrcReasonCode"));
            String reason = forwarded.getStringProperty("mcrcReason");
            assertTrue(reason.startsWith("JSON 格式错误"), "in Chinese by default: " + reason);
            assertEquals(
                    "jms/portfolio/SettlementTransaction",
                    forwarded.getStringProperty("mcrcSourceDestination"));
        }
        assertTrue(
                probe.count(
                                "select count(r) from RejectedMessage r where r.reason like"
                                        + " 'INBOUND_MALFORMED_JSON%'",
                                Map.of())
                        >= 1,
                "rejection recorded for admins");
    }

    @Test
    void aTextWithALoneSurrogateIsRefusedLikeInvalidUtf8() throws Exception {
        String transactionId = "IT-SURROGATE-" + UUID.randomUUID();
        send(
                """
                {"schemaVersion":1,"messageType":"SettlementTransaction","transactionId":"%s",
                 "accountNumber":"%s","direction":"CREDIT","amount":"12.34","currency":"CNY",
                 "counterpartyName":"杭州\\uD800商贸","counterpartyIndustryCode":"F52","valueDate":"2026-11-20"}
                """
                        .formatted(transactionId, applicants.settlementAccountHolder()),
                transactionId);

        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer =
                        context.createConsumer(
                                exceptions, "JMSCorrelationID = '" + transactionId + "'")) {
            Message forwarded = consumer.receive(TIMEOUT.toMillis());
            assertNotNull(forwarded, "refused to the exception destination");
            assertEquals("INVALID_CHARACTER", forwarded.getStringProperty("mcrcReasonCode"));
            assertEquals("[\"counterpartyName\"]", forwarded.getStringProperty("mcrcReasonArgs"));
        }
        assertEquals(
                0,
                probe.count(
                        "select count(t) from SettlementTransaction t where t.transactionId = :k",
                        Map.of("k", transactionId)),
                "not applied");
    }

    @Test
    void aMessageTheEngineMovedToTheExceptionDestinationIsStoredAndReplacedByAMaskedCopy()
            throws Exception {
        String account = applicants.settlementAccountHolder();
        String correlationId = "IT-moved-" + UUID.randomUUID();
        String body =
                """
                {"schemaVersion":1,"messageType":"SettlementTransaction","transactionId":"IT-MOVED",
                 "accountNumber":"%s","direction":"CREDIT","amount":"1.00","currency":"CNY","valueDate":"2026-11-20"}
                """
                        .formatted(account);
        long stored =
                probe.count(
                        "select count(r) from RejectedMessage r where r.reason like"
                                + " 'REDELIVERY_LIMIT\u001F%'",
                        Map.of());
        // What the engine does past the redelivery limit: the whole message, no mcrcReason.
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setJMSCorrelationID(correlationId).send(exceptions, body);
        }
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer =
                        context.createConsumer(
                                exceptions,
                                "JMSCorrelationID = '"
                                        + correlationId
                                        + "' AND mcrcReason IS NOT NULL")) {
            Message copy = consumer.receive(TIMEOUT.toMillis());
            assertNotNull(copy, "replaced by a refused copy");
            assertEquals("REDELIVERY_LIMIT", copy.getStringProperty("mcrcReasonCode"));
            assertEquals("[\"unknown\"]", copy.getStringProperty("mcrcReasonArgs"));
            String masked = copy.getBody(String.class);
            assertFalse(masked.contains(account), masked);
            assertTrue(masked.contains(account.substring(account.length() - 4)), masked);
        }
        try (JMSContext context = connectionFactory.createContext();
                jakarta.jms.QueueBrowser browser =
                        context.createBrowser(
                                exceptions, "JMSCorrelationID = '" + correlationId + "'")) {
            assertFalse(
                    browser.getEnumeration().hasMoreElements(), "the unmasked original is gone");
        }
        assertEquals(
                stored + 1,
                probe.count(
                        "select count(r) from RejectedMessage r where r.reason like"
                                + " 'REDELIVERY_LIMIT\u001F%'",
                        Map.of()),
                "kept, encrypted, with the refusals");
    }

    /**
     * Issue 20 / ADR 0030: a disbursement instruction core banking did not take, moved whole to the
     * outbound exception destination by the engine, is kept encrypted with the refused messages and
     * replaced by a masked copy that carries its code: the credit account never rests there.
     */
    @Test
    void anOutboundMessageTheEngineMovedIsKeptEncryptedAndReplacedByAMaskedCopy() throws Exception {
        Queue outboundExceptions = InitialContext.doLookup("jms/mcrc/OutboundExceptions");
        String account = "6222" + String.valueOf(System.nanoTime()).substring(0, 12);
        String reference = "IT-DISB-" + UUID.randomUUID();
        String correlationId = "IT-out-moved-" + UUID.randomUUID();
        String body =
                """
                {"schemaVersion":1,"messageType":"DisbursementInstruction","businessKey":"%s",
                 "creditAccount":"%s","amount":"50000.00","currency":"CNY"}
                """
                        .formatted(reference, account);
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer()
                    .setJMSCorrelationID(correlationId)
                    .setProperty("messageType", "DisbursementInstruction")
                    .setProperty("businessKey", reference)
                    .setProperty("schemaVersion", 1)
                    .send(outboundExceptions, body);
        }
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer =
                        context.createConsumer(
                                outboundExceptions,
                                "JMSCorrelationID = '"
                                        + correlationId
                                        + "' AND mcrcReason IS NOT NULL")) {
            Message copy = consumer.receive(TIMEOUT.toMillis());
            assertNotNull(copy, "replaced by a masked copy");
            assertEquals("OUTBOUND_UNDELIVERED", copy.getStringProperty("mcrcReasonCode"));
            assertEquals("DisbursementInstruction", copy.getStringProperty("messageType"));
            assertEquals(
                    RejectedMessage.maskedKey(reference),
                    copy.getStringProperty("mcrcBusinessKey"));
            String masked = copy.getBody(String.class);
            assertFalse(masked.contains(account), masked);
            assertTrue(masked.contains(account.substring(account.length() - 4)), masked);
        }
        try (JMSContext context = connectionFactory.createContext();
                jakarta.jms.QueueBrowser browser =
                        context.createBrowser(
                                outboundExceptions, "JMSCorrelationID = '" + correlationId + "'")) {
            assertFalse(
                    browser.getEnumeration().hasMoreElements(), "the unmasked original is gone");
        }
        assertEquals(
                1,
                probe.count(
                        "select count(r) from RejectedMessage r where r.businessKey = :k and"
                                + " r.reason like 'OUTBOUND_UNDELIVERED%'",
                        Map.of("k", RejectedMessage.maskedKey(reference))),
                "kept, encrypted, with the refused messages");
    }

    private void send(String body, String correlationId) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setJMSCorrelationID(correlationId).send(inbound, body);
        }
    }
}
