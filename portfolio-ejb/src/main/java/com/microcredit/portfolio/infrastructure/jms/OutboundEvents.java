package com.microcredit.portfolio.infrastructure.jms;

import jakarta.annotation.Resource;
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
 * Sends outbound events to core banking (queue jms/mcrc/Events, docs/messages.md). The injected
 * JMS context joins the caller's JTA transaction, so an event leaves only if the change that
 * caused it commits; a rollback sends nothing. Properties messageType, businessKey and
 * schemaVersion let consumers select and deduplicate.
 */
@ApplicationScoped
public class OutboundEvents {

    public static final int SCHEMA_VERSION = 1;

    @Inject
    @JMSConnectionFactory("jms/mcrc/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/mcrc/Events")
    private Queue events;

    /** One event of a batch: its business key and body. */
    public record Event(String businessKey, JsonObjectBuilder body) {
    }

    /** Sends the event; body holds the type's fields, the envelope fields are added here. */
    public void send(String messageType, String businessKey, JsonObjectBuilder body) {
        jms.createProducer().send(events, message(messageType, businessKey, body));
    }

    /**
     * Sends each event of a batch as its own message (consumers see no difference), through one
     * producer: the transaction-scoped context is resolved once for the batch, not per message.
     */
    public void sendAll(String messageType, List<Event> batch) {
        if (batch.isEmpty()) {
            return;
        }
        JMSProducer producer = jms.createProducer();
        for (Event e : batch) {
            producer.send(events, message(messageType, e.businessKey(), e.body()));
        }
    }

    private TextMessage message(String messageType, String businessKey, JsonObjectBuilder body) {
        String json = body.add("schemaVersion", SCHEMA_VERSION)
                .add("messageType", messageType)
                .add("businessKey", businessKey)
                .build().toString();
        TextMessage message = jms.createTextMessage(json);
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
