package com.microcredit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.microcredit.platform.domain.inbound.RejectedMessage;
import com.microcredit.portfolio.api.DefineLimit;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
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
 * Automated decisions over JMS request/reply: the answer comes back on JMSReplyTo with the
 * request's correlation id; the same request twice is decided once and answered alike; a refused
 * reservation rolls the decision back and is answered REFUSED; an invalid request lands on the
 * exception destination with its reason, recorded for the Inbound messages page.
 */
@ExtendWith({ArquillianExtension.class, RunsAsSystem.class})
class DecisionRequestIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String QUEUE = "jms/origination/DecisionRequest";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(
                DecisionRequestIT.class,
                Applicants.class,
                OriginationFixture.class,
                CreditCodes.class,
                ItProbe.class);
    }

    @EJB private Applicants applicants;
    @EJB private LimitService limits;
    @EJB private ItProbe probe;

    private ConnectionFactory connectionFactory;
    private Queue requests;
    private Queue exceptions;

    @BeforeEach
    void lookUpMessagingResources() throws NamingException {
        connectionFactory = InitialContext.doLookup("jms/mcrc/ConnectionFactory");
        requests = InitialContext.doLookup(QUEUE);
        exceptions = InitialContext.doLookup("jms/mcrc/InboundExceptions");
    }

    private static String request(String reference, long borrower, String amount, boolean accept) {
        return """
        {"schemaVersion":1,"messageType":"DecisionRequest","channelReference":"%s","borrowerId":%d,
         "productCode":"TAX_LOAN","amount":"%s","currency":"CNY","termMonths":12,
         "repaymentMethod":"EQUAL_INSTALMENT","purpose":"网店备货","acceptOffer":%s}\
        """
                .formatted(reference, borrower, amount, accept);
    }

    /** Sends a request with a reply queue and returns the reply (or fails after the timeout). */
    private JsonObject ask(String body, String correlationId) throws Exception {
        try (JMSContext context = connectionFactory.createContext()) {
            TemporaryQueue replies = context.createTemporaryQueue();
            context.createProducer()
                    .setJMSCorrelationID(correlationId)
                    .setJMSReplyTo(replies)
                    .send(requests, body);
            try (JMSConsumer consumer = context.createConsumer(replies)) {
                Message reply = consumer.receive(TIMEOUT.toMillis());
                assertNotNull(reply, "answered within " + TIMEOUT);
                assertEquals(
                        correlationId,
                        reply.getJMSCorrelationID(),
                        "the reply carries the request's correlation id");
                return Json.createReader(new StringReader(((TextMessage) reply).getText()))
                        .readObject();
            }
        }
    }

    @Test
    void aRequestIsDecidedAndAnsweredOnItsReplyQueueWithItsCorrelationId() throws Exception {
        long borrower = applicants.wellKnownBorrower();
        String reference = "OC-" + UUID.randomUUID();
        JsonObject reply = ask(request(reference, borrower, "80000.00", true), "corr-" + reference);
        assertEquals("DecisionReply", reply.getString("messageType"));
        assertEquals(reference, reply.getString("businessKey"));
        assertEquals("DECIDED", reply.getString("result"));
        assertEquals("ACCEPTED", reply.getString("status"), reply.toString());
        assertEquals("APPROVE", reply.getString("outcome"));
        assertEquals("80000.00", reply.getJsonNumber("amount").bigDecimalValue().toPlainString());
        assertEquals(reply.getString("applicationReference"), reply.getString("exposureReference"));
        assertEquals(
                "core-banking",
                probe.firstRow(
                                "select a.preparedBy, a.channel from LoanApplication a "
                                        + "where a.channelReference = :r",
                                Map.of("r", reference))[0]);
    }

    @Test
    void theSameRequestTwiceIsDecidedOnceAndAnsweredAlike() throws Exception {
        long borrower = applicants.wellKnownBorrower();
        String reference = "OC-" + UUID.randomUUID();
        JsonObject first =
                ask(request(reference, borrower, "50000.00", false), "first-" + reference);
        JsonObject second =
                ask(request(reference, borrower, "50000.00", false), "second-" + reference);
        assertEquals(
                first.getJsonNumber("applicationId").longValue(),
                second.getJsonNumber("applicationId").longValue());
        assertEquals(first.getString("status"), second.getString("status"));
        assertEquals(
                1L,
                probe.count(
                        "select count(a) from LoanApplication a where a.channel = 'ONLINE' "
                                + "and a.channelReference = :r",
                        Map.of("r", reference)));
    }

    @Test
    void theSameReferenceWithOtherTermsIsAConflictRefusedAndAlerted() throws Exception {
        long borrower = applicants.wellKnownBorrower();
        String reference = "OC-" + UUID.randomUUID();
        long alerts = conflictAlerts(reference);
        JsonObject first =
                ask(request(reference, borrower, "50000.00", false), "first-" + reference);
        assertEquals("DECIDED", first.getString("result"), first.toString());
        JsonObject again =
                ask(request(reference, borrower, "50000.0", false), "again-" + reference);
        assertEquals("DECIDED", again.getString("result"), "the same terms: a redelivery");
        assertEquals(alerts, conflictAlerts(reference), "a redelivery raises nothing");

        JsonObject other =
                ask(request(reference, borrower, "60000.00", false), "other-" + reference);
        assertEquals("REJECTED", other.getString("result"), other.toString());
        assertEquals("CONFLICTING_CONTENT", other.getString("reasonCode"));
        assertEquals("[\"terms\"]", other.getJsonArray("reasonArgs").toString());
        assertEquals(
                1L,
                probe.count(
                        "select count(r) from RejectedMessage r where r.businessKey = :k and"
                                + " r.reason = :r",
                        Map.of(
                                "k",
                                RejectedMessage.maskedKey(reference),
                                "r",
                                "CONFLICTING_CONTENT\u001Fterms")),
                "refused through the platform");
        assertEquals(alerts + 1, conflictAlerts(reference), "risk managers alerted");
        Object[] application =
                probe.firstRow(
                        "select count(a), min(a.amount) from LoanApplication a"
                                + " where a.channelReference = :r",
                        Map.of("r", reference));
        assertEquals(1L, ((Number) application[0]).longValue(), "one application");
        assertEquals(
                0,
                new java.math.BigDecimal("50000.00")
                        .compareTo((java.math.BigDecimal) application[1]),
                "the decided application unchanged");
    }

    private long conflictAlerts(String key) {
        return probe.count(
                "select count(a) from SecurityAlert a where a.kind ="
                        + " com.microcredit.protection.domain.monitoring.AlertKind.INBOUND_CONFLICT"
                        + " and a.detail like :k",
                Map.of("k", "%\u001F" + key + "\u001F%"));
    }

    @Test
    void aRefusedReservationRollsTheDecisionBackAndIsAnsweredRefused() throws Exception {
        long borrower = applicants.wellKnownBorrower();
        limits.defineLimit(
                new DefineLimit(
                        LimitType.BORROWER,
                        String.valueOf(borrower),
                        new BigDecimal("30000.00"),
                        "CNY",
                        "IT: a borrower limit below the loan"));
        String reference = "OC-" + UUID.randomUUID();
        JsonObject reply =
                ask(request(reference, borrower, "60000.00", true), "refused-" + reference);
        assertEquals("REFUSED", reply.getString("result"), reply.toString());
        assertEquals("LIMIT_REFUSED", reply.getString("code"));
        assertEquals(
                0L,
                probe.count(
                        "select count(a) from LoanApplication a where a.channelReference = :r",
                        Map.of("r", reference)),
                "nothing of the decision was kept");
    }

    @Test
    void anInvalidRequestGoesToTheExceptionDestinationWithItsReasonAndIsRecorded()
            throws Exception {
        String reference = "OC-" + UUID.randomUUID();
        String correlationId = "invalid-" + reference;
        JsonObject reply = ask(request(reference, 1, "100.005", false), correlationId);
        assertEquals("REJECTED", reply.getString("result"));
        assertEquals("INBOUND_AMOUNT_DECIMALS", reply.getString("reasonCode"));
        assertEquals("[\"amount\"]", reply.getJsonArray("reasonArgs").toString());
        assertEquals("amount 的小数超过 2 位", reply.getString("reason"), "the text in Chinese");
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer =
                        context.createConsumer(
                                exceptions, "JMSCorrelationID = '" + correlationId + "'")) {
            Message forwarded = consumer.receive(TIMEOUT.toMillis());
            assertNotNull(forwarded, "the request reached the exception destination");
            assertEquals("INBOUND_AMOUNT_DECIMALS", forwarded.getStringProperty("mcrcReasonCode"));
            assertEquals("[\"amount\"]", forwarded.getStringProperty("mcrcReasonArgs"));
            assertEquals("amount 的小数超过 2 位", forwarded.getStringProperty("mcrcReason"));
            assertEquals(QUEUE, forwarded.getStringProperty("mcrcSourceDestination"));
            assertEquals(reference, forwarded.getStringProperty("mcrcBusinessKey"));
        }
        assertEquals(
                1L,
                probe.count(
                        "select count(r) from RejectedMessage r where r.destination = :d "
                                + "and r.businessKey = :k",
                        Map.of("d", QUEUE, "k", reference)),
                "recorded for the Inbound messages page");
    }

    @Test
    void aRequestForAnUnknownBorrowerIsRejectedNamingTheField() throws Exception {
        String reference = "OC-" + UUID.randomUUID();
        JsonObject reply =
                ask(request(reference, 987_654_321L, "10000.00", false), "unknown-" + reference);
        assertEquals("REJECTED", reply.getString("result"));
        assertEquals("borrowerId", reply.getString("reasonField"), reply.toString());
        assertEquals(
                1L,
                probe.count(
                        "select count(r) from RejectedMessage r where r.businessKey = :k",
                        Map.of("k", RejectedMessage.maskedKey(reference))));
    }
}
