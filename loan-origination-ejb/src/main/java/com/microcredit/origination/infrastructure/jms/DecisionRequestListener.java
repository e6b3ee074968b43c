package com.microcredit.origination.infrastructure.jms;

import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.api.InboundRejections;
import com.microcredit.platform.api.InvalidMessageException;
import com.microcredit.platform.api.QueueBatch;
import com.microcredit.platform.api.RefusalReason;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.protection.api.AccessMonitor;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;

/**
 * Automated decisions for the applications core banking's online channel forwards (queue
 * jms/origination/DecisionRequest, request/reply, docs/messages.md), read like every inbound
 * message through the platform's reader ({@link QueueBatch#refusingInvalid}) and field rules. A
 * valid request is decided once – the channel reference makes a repeated request get the earlier
 * answer – and answered on its JMSReplyTo. A request that can never be decided is refused through
 * the platform (recorded, forwarded to the exception destination with the reason) and answered
 * REJECTED – so is a channel reference decided before for other terms (a conflict, ADR 0025, which
 * also alerts risk managers); a request the rules refuse as a whole (a limit reservation) is
 * answered REFUSED. Any other failure propagates: the message is redelivered and, past the
 * redelivery limit, moved to the exception destination by the messaging engine. One request per
 * delivery, in the listener's transaction: the decision itself commits in a transaction of its own
 * ({@link DecisionRequestHandler}), so there is no batch to gather.
 */
@RunAs("SYSTEM") // a conflict alerts risk managers as the system identity (ADR 0014, 0025)
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationType",
                    propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "jms/origination/DecisionRequest")
        })
public class DecisionRequestListener implements MessageListener {

    static final String QUEUE = "jms/origination/DecisionRequest";

    private final DecisionRequestParser parser = new DecisionRequestParser();

    @EJB private DecisionRequestHandler handler;

    @EJB private DecisionReplies replies;

    @EJB private InboundRejections rejections;

    @EJB private AccessMonitor monitor;

    /** The code of a channel reference decided before for another request (its fingerprint). */
    static final String REUSED = "IDEMPOTENCY_KEY_REUSED";

    @Override
    public void onMessage(Message message) {
        try {
            QueueBatch.refusingInvalid(
                            QUEUE,
                            parser::parse,
                            request -> decide(message, request),
                            rejections,
                            (refused, refusal) ->
                                    replies.rejected(
                                            refused, refusal.businessKey(), refusal.reason()))
                    .read(message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a decision request", e);
        }
    }

    /** Decides a valid request and answers it; refuses what the decision finds invalid. */
    private void decide(Message message, DecisionRequestMessage request)
            throws InvalidMessageException {
        String key = request.channelReference();
        try {
            if (message.getJMSReplyTo() == null) {
                throw new InvalidMessageException(key, InboundReason.INBOUND_NO_REPLY_TO);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a decision request", e);
        }
        try {
            handler.decideAndAnswer(message, request);
        } catch (InvalidInputException e) {
            throw new InvalidMessageException(RefusalReason.refused(e), key);
        } catch (DecisionRefusedException e) {
            if (REUSED.equals(e.code())) {
                // The channel reference was decided for other terms: a conflict, not a refusal of
                // the rules (ADR 0025). Refused through the platform, answered REJECTED, alerted.
                monitor.inboundConflict("DecisionRequest", key, List.of("terms"));
                throw new InvalidMessageException(key, InboundReason.CONFLICTING_CONTENT, "terms");
            }
            replies.refused(message, key, e.code(), e.arguments());
        } catch (LimitRefusedException e) {
            // The limit service's own words (English) until its refusals are coded (ADR 0030).
            replies.refused(message, key, "LIMIT_REFUSED", List.of(String.valueOf(e.getMessage())));
        }
    }
}
