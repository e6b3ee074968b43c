package com.microcredit.origination.infrastructure.jms;

import com.microcredit.origination.api.ApplicationView;
import com.microcredit.platform.api.InboundReasonTexts;
import com.microcredit.platform.api.RefusalReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a decision request on its JMSReplyTo destination (docs/messages.md, DecisionReply v1),
 * inside the caller's transaction: the answer leaves only if the transaction commits. The reply
 * carries the request's JMSCorrelationID, or its JMSMessageID when it had none.
 */
@Stateless
// only the decision-request listener and its handler (run as SYSTEM, ADR 0014)
@RolesAllowed("SYSTEM")
public class DecisionReplies {

    public static final int SCHEMA_VERSION = 1;
    public static final String MESSAGE_TYPE = "DecisionReply";

    @Inject
    @JMSConnectionFactory("jms/mcrc/ConnectionFactory")
    private JMSContext jms;

    @Inject
    @ConfigProperty(name = "mcrc.inbound.reason-language", defaultValue = "zh-CN")
    String language;

    /** The decision (or the replayed earlier decision) for the request. */
    public void decided(Message request, String businessKey, ApplicationView a) {
        JsonObjectBuilder body =
                header(businessKey, "DECIDED")
                        .add("applicationId", a.id())
                        .add("applicationReference", a.reference())
                        .add("status", a.status())
                        .add("amount", a.amount())
                        .add("currency", a.currency())
                        .add("termMonths", a.termMonths());
        if (a.decision() != null) {
            body.add("outcome", a.decision().outcome())
                    .add("decidingRule", a.decision().decidingRule())
                    .add("reasonCodes", array(a.decision().reasonCodes()))
                    .add("pathsUsed", array(a.decision().pathsUsed()));
        }
        if (a.pricing() != null) {
            body.add("annualRate", a.pricing().annualRate());
        }
        if (a.offerExpiresOn() != null) {
            body.add("offerExpiresOn", a.offerExpiresOn().toString());
        }
        if (a.exposureReference() != null) {
            body.add("exposureReference", a.exposureReference());
        }
        send(request, businessKey, body);
    }

    /**
     * A valid request the rules refused as a whole (e.g. a limit reservation): nothing was
     * recorded. The code and its arguments for programs, the reason as a text in the bank's
     * language (a code only the pages' bundles know reads as {@code CODE(arg, …)}).
     */
    public void refused(Message request, String businessKey, String code, List<String> arguments) {
        RefusalReason reason = new RefusalReason(code, arguments, null);
        send(
                request,
                businessKey,
                header(businessKey, "REFUSED")
                        .add("code", code)
                        .add("arguments", array(arguments))
                        .add("reason", text(reason)));
    }

    /**
     * A request that can never be decided; it is also on the exception destination with the same
     * reason: its code, arguments and field (when a service's refusal names one) for programs, and
     * a text in the bank's language (ADR 0030, docs/messages.md).
     */
    public void rejected(Message request, String businessKey, RefusalReason reason) {
        JsonObjectBuilder body =
                header(businessKey, "REJECTED")
                        .add("reasonCode", reason.code())
                        .add("reasonArgs", array(reason.arguments()));
        if (reason.field() != null) {
            body.add("reasonField", reason.field());
        }
        send(request, businessKey, body.add("reason", text(reason)));
    }

    private String text(RefusalReason reason) {
        return InboundReasonTexts.render(reason, InboundReasonTexts.language(language));
    }

    private static JsonObjectBuilder header(String businessKey, String result) {
        JsonObjectBuilder b =
                JsonMessages.BUILDERS
                        .createObjectBuilder()
                        .add("schemaVersion", SCHEMA_VERSION)
                        .add("messageType", MESSAGE_TYPE);
        if (businessKey != null) {
            b.add("businessKey", businessKey);
        }
        return b.add("result", result);
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder a = JsonMessages.BUILDERS.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private void send(Message request, String businessKey, JsonObjectBuilder body) {
        try {
            Destination replyTo = request.getJMSReplyTo();
            if (replyTo == null) {
                return;
            }
            String correlation =
                    request.getJMSCorrelationID() != null
                            ? request.getJMSCorrelationID()
                            : request.getJMSMessageID();
            TextMessage reply = jms.createTextMessage(body.build().toString());
            reply.setJMSCorrelationID(correlation);
            reply.setIntProperty("schemaVersion", SCHEMA_VERSION);
            if (businessKey != null) {
                reply.setStringProperty("businessKey", businessKey);
            }
            jms.createProducer().send(replyTo, reply);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot build the reply to a decision request", e);
        }
    }
}
