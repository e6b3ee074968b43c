package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.portfolio.application.SettlementIntake;
import com.microcredit.portfolio.infrastructure.jpa.KnownAccounts;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Consumes settlement transactions from core banking (queue jms/portfolio/SettlementTransaction).
 * A valid message is applied once; an invalid one is recorded and forwarded to the exception
 * destination with its reason, in the same transaction. Any other failure propagates: the message
 * is redelivered and, past the redelivery limit, moved to the exception destination by the
 * messaging engine.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/portfolio/SettlementTransaction")
})
public class SettlementTransactionListener implements MessageListener {

    static final String QUEUE = "jms/portfolio/SettlementTransaction";

    @EJB
    private SettlementIntake intake;

    @Inject
    private ExceptionDestination exceptionDestination;

    @Inject
    private KnownAccounts accounts;

    @Inject
    @ConfigProperty(name = "mcrc.inbound.currencies", defaultValue = "CNY")
    private String currencies;

    @Inject
    @ConfigProperty(name = "mcrc.inbound.max-amount", defaultValue = "100000000.00")
    private BigDecimal maxAmount;

    @Override
    public void onMessage(Message message) {
        String body = null;
        try {
            if (!(message instanceof TextMessage text)) {
                reject(message, null, "Not a text message: " + message.getClass().getSimpleName(), null);
                return;
            }
            body = text.getText();
            SettlementMessageParser parser = new SettlementMessageParser(
                    new LinkedHashSet<>(Arrays.asList(currencies.split("\\s*,\\s*"))), maxAmount);
            SettlementTransactionMessage m = parser.parse(body);
            if (!accounts.isKnown(m.accountNumber())) {
                throw new InvalidMessageException("Unknown account " + m.accountNumber()
                        + ": not a borrower's settlement account at the bank", m.transactionId());
            }
            intake.apply(m);
        } catch (InvalidMessageException e) {
            reject(message, e.businessKey(), e.getMessage(), body);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read inbound message", e);
        }
    }

    private void reject(Message message, String businessKey, String reason, String body) {
        intake.recordRejection(QUEUE, businessKey, reason, body);
        try {
            exceptionDestination.forward(QUEUE, businessKey, reason, body, message.getJMSCorrelationID());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read the correlation id of a rejected message", e);
        }
    }
}
