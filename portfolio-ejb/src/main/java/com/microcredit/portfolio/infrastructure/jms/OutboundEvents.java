package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.platform.api.Outbox;
import com.microcredit.platform.api.OutgoingMessage;
import com.microcredit.portfolio.application.CoreBankingEvents;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Sends outbound events to core banking (queue jms/mcrc/Events, docs/messages.md), in either case
 * only if the change that caused them commits; a rollback sends nothing. A single change's event
 * goes through the outbox (ADR 0019); the nightly run's batches of events are sent directly with
 * the JMS context that joins its chunk's transaction (one two-phase commit per chunk already).
 * Properties messageType, businessKey and schemaVersion let consumers select and deduplicate.
 */
@ApplicationScoped
public class OutboundEvents implements CoreBankingEvents {

    public static final int SCHEMA_VERSION = 1;

    @Inject
    @JMSConnectionFactory("jms/mcrc/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = QUEUE)
    private Queue events;

    @EJB private Outbox outbox;

    static final String QUEUE = "jms/mcrc/Events";

    /**
     * Puts the event in the outbox; body holds the type's fields, the envelope fields are added
     * here.
     */
    @Override
    public void send(String messageType, String businessKey, JsonObjectBuilder body) {
        outbox.put(
                new OutgoingMessage(
                        QUEUE,
                        messageType,
                        businessKey,
                        SCHEMA_VERSION,
                        json(messageType, businessKey, body)));
    }

    /**
     * Sends each event of a batch as its own message (consumers see no difference), through one
     * producer: the transaction-scoped context is resolved once for the batch, not per message.
     */
    @Override
    public void sendAll(String messageType, List<Event> batch) {
        if (batch.isEmpty()) {
            return;
        }
        JMSProducer producer = jms.createProducer();
        for (Event e : batch) {
            producer.send(events, message(messageType, e.businessKey(), e.body()));
        }
    }

    private static String json(String messageType, String businessKey, JsonObjectBuilder body) {
        return body.add("schemaVersion", SCHEMA_VERSION)
                .add("messageType", messageType)
                .add("businessKey", businessKey)
                .build()
                .toString();
    }

    private TextMessage message(String messageType, String businessKey, JsonObjectBuilder body) {
        TextMessage message = jms.createTextMessage(json(messageType, businessKey, body));
        try {
            message.setStringProperty("messageType", messageType);
            message.setStringProperty("businessKey", businessKey);
            message.setIntProperty("schemaVersion", SCHEMA_VERSION);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot set event properties", e);
        }
        return message;
    }
}
