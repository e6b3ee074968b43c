package com.microcredit.platform.infrastructure.jms;

import com.microcredit.platform.api.InboundReasonTexts;
import com.microcredit.platform.api.RefusalReason;
import com.microcredit.platform.application.ExceptionQueue;
import com.microcredit.shared.domain.IdentityMask;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a refused inbound message, with its reason, to the exception destination. The send joins
 * the current JTA transaction, so it happens only if the rejection commits.
 *
 * <p>The reason travels as properties for core banking's programs – {@code mcrcReasonCode}, {@code
 * mcrcReasonArgs} (a JSON array of strings), {@code mcrcReasonField} when a service's refusal names
 * one – and as {@code mcrcReason}, a text for a person in the language the bank configures ({@code
 * mcrc.inbound.reason-language}, Chinese by default; ADR 0030, docs/messages.md).
 *
 * <p>The copy rests in the messaging engine's store on disk, which nothing encrypts: its reason,
 * business key and body keep only the last four characters of any identity or account number
 * ({@link IdentityMask#maskNumbersIn}, the masking of the stored {@code rejected_message}, ADR
 * 0025). The full message is kept, encrypted, in {@code rejected_message}; the copy's correlation
 * id and business key lead core banking to its own original.
 */
@ApplicationScoped
public class ExceptionDestination implements ExceptionQueue {

    /** The reason as a text in the configured language; never null on a refused copy. */
    public static final String REASON = "mcrcReason";

    public static final String REASON_CODE = "mcrcReasonCode";
    public static final String REASON_ARGS = "mcrcReasonArgs";
    public static final String REASON_FIELD = "mcrcReasonField";
    public static final String SOURCE = "mcrcSourceDestination";
    public static final String BUSINESS_KEY = "mcrcBusinessKey";

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/mcrc/InboundExceptions")
    private Queue exceptions;

    @Inject
    @ConfigProperty(name = "mcrc.inbound.reason-language", defaultValue = "zh-CN")
    String language;

    @Override
    public void forward(
            String source,
            String businessKey,
            RefusalReason reason,
            String body,
            String correlationId) {
        try (JMSContext context = connectionFactory.createContext()) {
            JMSProducer producer =
                    context.createProducer()
                            .setProperty(REASON_CODE, reason.code())
                            .setProperty(REASON_ARGS, IdentityMask.maskNumbersIn(arguments(reason)))
                            .setProperty(
                                    REASON,
                                    IdentityMask.maskNumbersIn(
                                            InboundReasonTexts.render(
                                                    reason, InboundReasonTexts.language(language))))
                            .setProperty(SOURCE, source)
                            .setJMSCorrelationID(correlationId);
            if (reason.field() != null) {
                producer.setProperty(REASON_FIELD, reason.field());
            }
            if (businessKey != null) {
                producer.setProperty(BUSINESS_KEY, IdentityMask.maskNumbersIn(businessKey));
            }
            producer.send(exceptions, IdentityMask.maskNumbersIn(body));
        }
    }

    /** The arguments as a JSON array of strings: {@code ["amount"]}. */
    static String arguments(RefusalReason reason) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        reason.arguments().forEach(array::add);
        return array.build().toString();
    }
}
