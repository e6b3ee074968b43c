package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.portfolio.api.InboundRejections;
import com.microcredit.portfolio.api.RejectedInbound;
import com.microcredit.portfolio.application.RepaymentIntake;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Consumes core banking's repayment postings (queue jms/portfolio/RepaymentPosting): applies each
 * posting once (release of the principal, reclassification) in the listener's transaction. An invalid
 * posting (also an unknown loan or a principal above the outstanding) is recorded and forwarded to the
 * exception destination with its reason; any other failure
 * propagates (redelivery, then the exception destination).
 */
@RunAs("SYSTEM") // core banking's messages carry no user: the system identity (ADR 0014)
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/portfolio/RepaymentPosting")
})
public class RepaymentPostingListener implements MessageListener {

    static final String QUEUE = "jms/portfolio/RepaymentPosting";

    @EJB
    private RepaymentIntake intake;

    @EJB
    private InboundRejections rejections;

    @Inject
    private InboundChecks checks;

    @Override
    public void onMessage(Message message) {
        String body = null;
        try {
            if (!(message instanceof TextMessage text)) {
                reject(message, null, "Not a text message: " + message.getClass().getSimpleName(), null);
                return;
            }
            body = text.getText();
            intake.apply(checks.repayment().parse(body));
        } catch (InvalidMessageException e) {
            reject(message, e.businessKey(), e.getMessage(), body);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read inbound message", e);
        }
    }

    private void reject(Message message, String businessKey, String reason, String body) {
        try {
            rejections.reject(new RejectedInbound(QUEUE, businessKey, reason, body, message.getJMSCorrelationID()));
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read the correlation id of a rejected message", e);
        }
    }
}
