package com.microcredit.origination.infrastructure.jms;

import com.microcredit.origination.domain.loan.LoanApplication;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.JsonArrayBuilder;

/**
 * Sends the decision event ApplicationDecided to core banking (queue jms/mcrc/Events,
 * docs/messages.md) inside the transaction that recorded the decision or the referral review, so
 * it leaves only on commit. Business key: the application reference and its new status.
 */
@ApplicationScoped
public class DecisionEvents {

    public static final int SCHEMA_VERSION = 1;

    @Inject
    @JMSConnectionFactory("jms/mcrc/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/mcrc/Events")
    private Queue events;

    public void decided(LoanApplication app) {
        String key = app.getReference() + ":" + app.getStatus();
        JsonArrayBuilder paths = JsonMessages.BUILDERS.createArrayBuilder();
        app.pathsUsed().stream().map(Enum::name).sorted().forEach(paths::add);
        var body = JsonMessages.BUILDERS.createObjectBuilder()
                .add("schemaVersion", SCHEMA_VERSION)
                .add("messageType", "ApplicationDecided")
                .add("businessKey", key)
                .add("applicationReference", app.getReference())
                .add("borrowerId", app.getBorrowerId())
                .add("status", app.getStatus().name())
                .add("outcome", app.getOutcome() == null ? "" : app.getOutcome().name())
                .add("decidingRule", app.getDecidingRule() == null ? "" : app.getDecidingRule())
                .add("pathsUsed", paths)
                .add("amount", app.getAmount())
                .add("currency", app.getCurrency())
                .add("decidedAt", String.valueOf(app.getReviewedAt() != null ? app.getReviewedAt() : app.getDecidedAt()));
        TextMessage message = jms.createTextMessage(body.build().toString());
        try {
            message.setStringProperty("messageType", "ApplicationDecided");
            message.setStringProperty("businessKey", key);
            message.setIntProperty("schemaVersion", SCHEMA_VERSION);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot set event properties", e);
        }
        jms.createProducer().send(events, message);
    }
}
