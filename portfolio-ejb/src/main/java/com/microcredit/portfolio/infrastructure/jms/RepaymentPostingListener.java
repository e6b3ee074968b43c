package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.platform.api.InboundRejections;
import com.microcredit.platform.api.QueueBatch;
import com.microcredit.portfolio.application.RepaymentIntake;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes core banking's repayment postings (queue jms/portfolio/RepaymentPosting): applies each
 * posting once (release of the principal, reclassification) in the listener's transaction. An
 * invalid posting (also an unknown loan or a principal above the outstanding) is recorded and
 * forwarded to the exception destination with its reason; any other failure propagates (redelivery,
 * then the exception destination).
 */
@RunAs("SYSTEM") // core banking's messages carry no user: the system identity (ADR 0014)
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationType",
                    propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "jms/portfolio/RepaymentPosting")
        })
public class RepaymentPostingListener implements MessageListener {

    static final String QUEUE = "jms/portfolio/RepaymentPosting";

    @EJB private RepaymentIntake intake;

    @EJB private InboundRejections rejections;

    @Inject private InboundChecks checks;

    @Override
    public void onMessage(Message message) {
        try {
            QueueBatch.refusingInvalid(QUEUE, checks.repayment()::parse, intake::apply, rejections)
                    .read(message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read inbound message", e);
        }
    }
}
