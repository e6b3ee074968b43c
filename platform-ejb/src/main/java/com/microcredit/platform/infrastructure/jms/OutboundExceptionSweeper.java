package com.microcredit.platform.infrastructure.jms;

import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.api.InboundReasonTexts;
import com.microcredit.platform.api.RefusalReason;
import com.microcredit.platform.application.UndeliveredOutbound;
import com.microcredit.shared.domain.IdentityMask;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes what the messaging engine moved to the outbound exception destination – our events and
 * disbursement instructions core banking failed to take past the redelivery limit, whole and
 * unmasked (a disbursement instruction names the credit account in full) – and, in one transaction,
 * keeps it encrypted with the refused messages ({@link UndeliveredOutbound}) and puts a masked copy
 * in its place: the body, the business key and every text property keep only the last four
 * characters of any account or identity number, and the copy carries {@code mcrcReasonCode
 * OUTBOUND_UNDELIVERED}, its arguments and a text in the bank's language like a refused inbound
 * copy (ADR 0030). The masked copies carry {@code mcrcReason} and are left alone by the selector,
 * so nothing unmasked stays at rest there.
 */
@RunAs("SYSTEM") // keeps what the engine moved: the refused-message store is the system identity's
// (ADR 0014)
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationType",
                    propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "jms/mcrc/OutboundExceptions"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = ExceptionDestination.REASON + " IS NULL")
        })
public class OutboundExceptionSweeper implements MessageListener {

    @EJB private UndeliveredOutbound undelivered;

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/mcrc/OutboundExceptions")
    private Queue exceptions;

    @Inject
    @ConfigProperty(name = "mcrc.inbound.reason-language", defaultValue = "zh-CN")
    String language;

    @Override
    public void onMessage(Message message) {
        try {
            if (message.getStringProperty(ExceptionDestination.REASON) != null) {
                return; // already a masked copy (a selector the adapter ignored)
            }
            String source = ExceptionDestinationSweeper.source(message);
            String key = message.getStringProperty("businessKey");
            String body = message instanceof TextMessage text ? text.getText() : null;
            undelivered.keep(source, key, body);
            RefusalReason reason = RefusalReason.of(InboundReason.OUTBOUND_UNDELIVERED, source);
            try (JMSContext context = connectionFactory.createContext()) {
                JMSProducer copy =
                        context.createProducer()
                                .setProperty(ExceptionDestination.REASON_CODE, reason.code())
                                .setProperty(
                                        ExceptionDestination.REASON_ARGS,
                                        ExceptionDestination.arguments(reason))
                                .setProperty(
                                        ExceptionDestination.REASON,
                                        InboundReasonTexts.render(
                                                reason, InboundReasonTexts.language(language)))
                                .setProperty(ExceptionDestination.SOURCE, source)
                                .setJMSCorrelationID(message.getJMSCorrelationID());
                copyProperties(message, copy);
                if (key != null) {
                    copy.setProperty(
                            ExceptionDestination.BUSINESS_KEY, IdentityMask.maskNumbersIn(key));
                }
                copy.send(exceptions, IdentityMask.maskNumbersIn(body));
            }
        } catch (JMSException e) {
            throw new IllegalStateException(
                    "Cannot read a message of the outbound exception destination", e);
        }
    }

    /** The message's own properties (messageType, schemaVersion, businessKey), texts masked. */
    private static void copyProperties(Message message, JMSProducer copy) throws JMSException {
        var names = message.getPropertyNames();
        while (names.hasMoreElements()) {
            String name = (String) names.nextElement();
            if (name.startsWith("JMS") || name.startsWith("_") || name.startsWith("mcrc")) {
                continue; // the provider's own, and ours set above
            }
            Object value = message.getObjectProperty(name);
            copy.setProperty(
                    name, value instanceof String s ? IdentityMask.maskNumbersIn(s) : value);
        }
    }
}
