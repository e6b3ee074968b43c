package com.microcredit.origination.infrastructure.jms;

import com.microcredit.origination.application.DecisionPublisher;
import com.microcredit.origination.domain.loan.LoanApplication;
import com.microcredit.platform.api.Outbox;
import com.microcredit.platform.api.OutgoingMessage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;

/**
 * Sends the decision event ApplicationDecided to core banking (queue jms/mcrc/Events,
 * docs/messages.md) through the outbox (ADR 0019): written in the transaction that recorded the
 * decision or the referral review, it leaves only after that commits, and the decision itself stays
 * a one-resource transaction. Business key: the application reference and its new status.
 */
@ApplicationScoped
public class DecisionEvents implements DecisionPublisher {

    public static final int SCHEMA_VERSION = 1;

    static final String QUEUE = "jms/mcrc/Events";

    @EJB private Outbox outbox;

    @Override
    public void decided(LoanApplication app) {
        String key = app.getReference() + ":" + app.getStatus();
        JsonArrayBuilder paths = JsonMessages.BUILDERS.createArrayBuilder();
        app.pathsUsed().stream().map(Enum::name).sorted().forEach(paths::add);
        var body =
                JsonMessages.BUILDERS
                        .createObjectBuilder()
                        .add("schemaVersion", SCHEMA_VERSION)
                        .add("messageType", "ApplicationDecided")
                        .add("businessKey", key)
                        .add("applicationReference", app.getReference())
                        .add("borrowerId", app.getBorrowerId())
                        .add("status", app.getStatus().name())
                        .add("outcome", app.getOutcome() == null ? "" : app.getOutcome().name())
                        .add(
                                "decidingRule",
                                app.getDecidingRule() == null ? "" : app.getDecidingRule())
                        .add("pathsUsed", paths)
                        .add("amount", app.getAmount())
                        .add("currency", app.getCurrency())
                        .add(
                                "decidedAt",
                                String.valueOf(
                                        app.getReviewedAt() != null
                                                ? app.getReviewedAt()
                                                : app.getDecidedAt()));
        outbox.put(
                new OutgoingMessage(
                        QUEUE, "ApplicationDecided", key, SCHEMA_VERSION, body.build().toString()));
    }
}
