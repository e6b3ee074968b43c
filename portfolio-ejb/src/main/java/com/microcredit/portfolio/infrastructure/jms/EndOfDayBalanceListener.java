package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.portfolio.api.InboundRejections;
import com.microcredit.portfolio.api.RejectedInbound;
import com.microcredit.portfolio.application.EndOfDayIntake;
import com.microcredit.portfolio.infrastructure.jpa.KnownAccounts;
import jakarta.annotation.security.RunAs;
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
 * Consumes core banking's end-of-day balances (queue jms/portfolio/EndOfDayBalance): stores the
 * report once and reconciles the account and day in the same transaction. An invalid report is
 * recorded and forwarded to the exception destination with its reason; any other failure
 * propagates (redelivery, then the exception destination).
 */
@RunAs("SYSTEM") // core banking's messages carry no user: the system identity (ADR 0014)
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/portfolio/EndOfDayBalance")
})
public class EndOfDayBalanceListener implements MessageListener {

    static final String QUEUE = "jms/portfolio/EndOfDayBalance";

    @EJB
    private EndOfDayIntake intake;

    @EJB
    private InboundRejections rejections;

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
            EndOfDayBalanceParser parser = new EndOfDayBalanceParser(
                    new LinkedHashSet<>(Arrays.asList(currencies.split("\\s*,\\s*"))), maxAmount);
            var report = parser.parse(body);
            if (!accounts.isKnown(report.accountNumber())) {
                throw new InvalidMessageException("Unknown account " + report.accountNumber()
                        + ": not a borrower's settlement account at the bank",
                        EndOfDayBalanceParser.businessKey(report.accountNumber(), report.businessDate()));
            }
            intake.apply(report);
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
