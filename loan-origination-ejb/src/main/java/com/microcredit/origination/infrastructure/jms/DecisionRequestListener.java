package com.microcredit.origination.infrastructure.jms;

import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.platform.api.InboundRejections;
import com.microcredit.platform.api.RejectedInbound;
import com.microcredit.portfolio.api.LimitRefusedException;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Automated decisions for the applications core banking's online channel forwards (queue
 * jms/origination/DecisionRequest, request/reply, docs/messages.md). A valid request is decided
 * once – the channel reference makes a repeated request get the earlier answer – and answered on
 * its JMSReplyTo. A request that can never be decided is recorded, forwarded to the exception
 * destination with the reason and answered REJECTED; a request the rules refuse as a whole (a limit
 * reservation) is answered REFUSED. Any other failure propagates: the message is redelivered and,
 * past the redelivery limit, moved to the exception destination by the messaging engine.
 */
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

    @Override
    public void onMessage(Message message) {
        String body = null;
        DecisionRequestMessage request;
        try {
            if (!(message instanceof TextMessage text)) {
                reject(
                        message,
                        null,
                        "Not a text message: " + message.getClass().getSimpleName(),
                        null);
                return;
            }
            body = text.getText();
            request = parser.parse(body);
            if (message.getJMSReplyTo() == null) {
                throw new InvalidDecisionRequestException(
                        "JMSReplyTo is missing: the answer has nowhere to go",
                        request.channelReference());
            }
        } catch (InvalidDecisionRequestException e) {
            reject(message, e.businessKey(), e.getMessage(), body);
            return;
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a decision request", e);
        }
        String key = request.channelReference();
        try {
            handler.decideAndAnswer(message, request);
        } catch (InvalidInputException e) {
            reject(message, key, e.field() + ": " + e.getMessage(), body);
        } catch (DecisionRefusedException e) {
            replies.refused(message, key, e.code(), e.getMessage());
        } catch (LimitRefusedException e) {
            replies.refused(message, key, "LIMIT_REFUSED", e.getMessage());
        }
    }

    private void reject(Message message, String businessKey, String reason, String body) {
        try {
            rejections.reject(
                    new RejectedInbound(
                            QUEUE, businessKey, reason, body, message.getJMSCorrelationID()));
        } catch (JMSException e) {
            throw new IllegalStateException(
                    "Cannot read the correlation id of a rejected decision request", e);
        }
        replies.rejected(message, businessKey, reason);
    }
}
