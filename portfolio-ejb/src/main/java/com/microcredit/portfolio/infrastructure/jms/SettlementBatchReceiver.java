package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.portfolio.api.InboundRejections;
import com.microcredit.portfolio.api.RejectedInbound;
import com.microcredit.portfolio.application.SettlementIntake;
import com.microcredit.portfolio.infrastructure.jpa.KnownAccounts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One batch of the settlement stream in one container transaction: receives up to {@code limit}
 * messages with a JMS context that enlists in it, rejects the invalid ones (recorded and forwarded
 * with the reason), writes the valid ones to the ledger in one JDBC batch. Any failure rolls the
 * whole batch back, messages included (ADR 0007).
 */
@Stateless
@PermitAll // called by the settlement consumer threads, without a user (ADR 0003)
public class SettlementBatchReceiver {

    static final String QUEUE = "jms/portfolio/SettlementTransaction";

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = QUEUE)
    private Queue queue;

    @EJB
    private SettlementIntake intake;

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

    /** @return how many messages this transaction consumed (0 when none arrived within the wait). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int receiveAndApply(int limit, long waitMillis) {
        SettlementMessageParser parser = new SettlementMessageParser(
                new LinkedHashSet<>(Arrays.asList(currencies.split("\\s*,\\s*"))), maxAmount);
        List<SettlementTransactionMessage> valid = new ArrayList<>(limit);
        int received = QueueBatch.drain(connectionFactory, queue, limit, waitMillis,
                message -> read(parser, message, valid), "a settlement message");
        if (!valid.isEmpty()) {
            intake.applyAll(valid);
        }
        return received;
    }

    private void read(SettlementMessageParser parser, Message message, List<SettlementTransactionMessage> valid)
            throws JMSException {
        String body = null;
        try {
            if (!(message instanceof TextMessage text)) {
                throw new InvalidMessageException("Not a text message: " + message.getClass().getSimpleName(), null);
            }
            body = text.getText();
            SettlementTransactionMessage m = parser.parse(body);
            if (!accounts.isKnown(m.accountNumber())) {
                throw new InvalidMessageException("Unknown account " + m.accountNumber()
                        + ": not a borrower's settlement account at the bank", m.transactionId());
            }
            valid.add(m);
        } catch (InvalidMessageException e) {
            rejections.reject(new RejectedInbound(QUEUE, e.businessKey(), e.getMessage(), body,
                    message.getJMSCorrelationID()));
        }
    }
}
