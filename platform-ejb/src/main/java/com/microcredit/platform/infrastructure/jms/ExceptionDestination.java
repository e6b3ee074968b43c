package com.microcredit.platform.infrastructure.jms;

import com.microcredit.platform.application.ExceptionQueue;
import com.microcredit.shared.domain.IdentityMask;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;

/**
 * Sends a refused inbound message, with its reason, to the exception destination. The send joins
 * the current JTA transaction, so it happens only if the rejection commits.
 *
 * <p>The copy rests in the messaging engine's store on disk, which nothing encrypts: its reason,
 * business key and body keep only the last four characters of any identity or account number
 * ({@link IdentityMask#maskNumbersIn}, the masking of the stored {@code rejected_message}, ADR
 * 0025). The full message is kept, encrypted, in {@code rejected_message}; the copy's correlation
 * id and business key lead core banking to its own original.
 */
@ApplicationScoped
public class ExceptionDestination implements ExceptionQueue {

    public static final String REASON = "mcrcReason";
    public static final String SOURCE = "mcrcSourceDestination";
    public static final String BUSINESS_KEY = "mcrcBusinessKey";

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/mcrc/InboundExceptions")
    private Queue exceptions;

    @Override
    public void forward(
            String source, String businessKey, String reason, String body, String correlationId) {
        try (JMSContext context = connectionFactory.createContext()) {
            JMSProducer producer =
                    context.createProducer()
                            .setProperty(REASON, IdentityMask.maskNumbersIn(reason))
                            .setProperty(SOURCE, source)
                            .setJMSCorrelationID(correlationId);
            if (businessKey != null) {
                producer.setProperty(BUSINESS_KEY, IdentityMask.maskNumbersIn(businessKey));
            }
            producer.send(exceptions, IdentityMask.maskNumbersIn(body));
        }
    }
}
