package com.microcredit.platform.infrastructure.jms;

import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.api.InboundRejections;
import com.microcredit.platform.api.RefusalReason;
import com.microcredit.platform.api.RejectedInbound;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Takes what the messaging engine itself moved to the inbound exception destination – a message
 * whose processing failed past the redelivery limit, which arrives there whole, unmasked and
 * without {@code mcrcReason} – and refuses it through {@link InboundRejections} like any other
 * refused message: stored in {@code rejected_message} (body encrypted), a masked copy with the
 * reason {@code REDELIVERY_LIMIT} with the source queue as its argument forwarded in its place, in
 * one transaction (ADR 0025). The copies {@link ExceptionDestination} forwards carry {@code
 * mcrcReason} and are left alone by the selector, so every message resting on the destination is
 * masked.
 */
@RunAs("SYSTEM") // stores what the engine moved: inbound rejections are the system identity's (ADR
// 0014)
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationType",
                    propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "jms/mcrc/InboundExceptions"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = ExceptionDestination.REASON + " IS NULL")
        })
public class ExceptionDestinationSweeper implements MessageListener {

    /** Where the built-in engine and Artemis name the queue a moved message came from. */
    private static final String[] SOURCE_PROPERTIES = {
        "JMS_IBM_ExceptionProblemDestination", "_AMQ_ORIG_ADDRESS"
    };

    @EJB private InboundRejections rejections;

    @Override
    public void onMessage(Message message) {
        try {
            if (message.getStringProperty(ExceptionDestination.REASON) != null) {
                return; // already a refused copy (a selector the adapter ignored): nothing to do
            }
            String source = source(message);
            rejections.reject(
                    new RejectedInbound(
                            source,
                            null,
                            RefusalReason.of(InboundReason.REDELIVERY_LIMIT, source),
                            message instanceof TextMessage text ? text.getText() : null,
                            message.getJMSCorrelationID()));
        } catch (JMSException e) {
            throw new IllegalStateException(
                    "Cannot read a message of the exception destination", e);
        }
    }

    /** The queue the engine moved the message from, or "unknown". */
    static String source(Message message) throws JMSException {
        for (String property : SOURCE_PROPERTIES) {
            String value = message.getStringProperty(property);
            if (value != null && !value.isBlank()) {
                return value.length() > 100 ? value.substring(0, 100) : value;
            }
        }
        return "unknown";
    }
}
