package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.api.InboundRejections;
import com.microcredit.platform.api.InvalidMessageException;
import com.microcredit.platform.api.QueueBatch;
import com.microcredit.platform.api.RefusalReason;
import com.microcredit.platform.api.RejectedInbound;
import com.microcredit.portfolio.application.SettlementIntake;
import com.microcredit.portfolio.application.SettlementTransactionMessage;
import com.microcredit.portfolio.infrastructure.jpa.KnownAccounts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One batch of the settlement stream in one container transaction: receives up to {@code limit}
 * messages with a JMS context that enlists in it, rejects the invalid ones (recorded and forwarded
 * with the reason), writes the valid ones to the ledger in one JDBC batch and refuses the same way
 * those whose transaction id was applied before with another content (ADR 0025). Any failure rolls
 * the whole batch back, messages included (ADR 0007).
 */
@Stateless
@RunAs("SYSTEM") // the settlement watch raises warnings as the system identity (ADR 0014)
public class SettlementBatchReceiver {

    static final String QUEUE = "jms/portfolio/SettlementTransaction";

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = QUEUE)
    private Queue queue;

    @EJB private SettlementIntake intake;

    @EJB private InboundRejections rejections;

    @Inject private KnownAccounts accounts;

    @Inject private InboundChecks checks;

    /**
     * @return how many messages this transaction consumed (0 when none arrived within the wait).
     */
    // the consumer's managed threads carry no user; all it calls runs as SYSTEM (@RunAs)
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int receiveAndApply(int limit, long waitMillis) {
        List<SettlementTransactionMessage> valid = new ArrayList<>(limit);
        List<Message> taken = new ArrayList<>(limit);
        Message[] current = new Message[1];
        QueueBatch.Reader parsing =
                QueueBatch.refusingInvalid(
                        QUEUE,
                        this::parse,
                        m -> {
                            valid.add(m);
                            taken.add(current[0]);
                        },
                        rejections);
        int received =
                QueueBatch.drain(
                        connectionFactory,
                        queue,
                        limit,
                        waitMillis,
                        message -> {
                            current[0] = message;
                            parsing.read(message);
                        },
                        "a settlement message");
        if (!valid.isEmpty()) {
            refuseConflicts(valid, taken, intake.applyAll(valid));
        }
        return received;
    }

    /** A transaction id applied before with another content is refused like an invalid message. */
    private void refuseConflicts(
            List<SettlementTransactionMessage> valid,
            List<Message> taken,
            Map<Integer, RefusalReason> conflicts) {
        try {
            for (Map.Entry<Integer, RefusalReason> c : conflicts.entrySet()) {
                Message message = taken.get(c.getKey());
                rejections.reject(
                        new RejectedInbound(
                                QUEUE,
                                valid.get(c.getKey()).transactionId(),
                                c.getValue(),
                                message.getBody(String.class),
                                message.getJMSCorrelationID()));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a settlement message", e);
        }
    }

    private SettlementTransactionMessage parse(String body) throws InvalidMessageException {
        SettlementTransactionMessage m = checks.settlement().parse(body);
        if (!accounts.isKnown(m.accountNumber())) {
            throw new InvalidMessageException(
                    m.transactionId(), InboundReason.INBOUND_UNKNOWN_ACCOUNT, m.accountNumber());
        }
        return m;
    }
}
