package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.platform.api.InboundRejections;
import com.microcredit.platform.api.InvalidMessageException;
import com.microcredit.platform.api.QueueBatch;
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
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch of the settlement stream in one container transaction: receives up to {@code limit}
 * messages with a JMS context that enlists in it, rejects the invalid ones (recorded and forwarded
 * with the reason), writes the valid ones to the ledger in one JDBC batch. Any failure rolls the
 * whole batch back, messages included (ADR 0007).
 */
@Stateless
@PermitAll // called by the settlement consumer threads, without a user (ADR 0003)
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
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int receiveAndApply(int limit, long waitMillis) {
        List<SettlementTransactionMessage> valid = new ArrayList<>(limit);
        int received =
                QueueBatch.drain(
                        connectionFactory,
                        queue,
                        limit,
                        waitMillis,
                        QueueBatch.refusingInvalid(QUEUE, this::parse, valid::add, rejections),
                        "a settlement message");
        if (!valid.isEmpty()) {
            intake.applyAll(valid);
        }
        return received;
    }

    private SettlementTransactionMessage parse(String body) throws InvalidMessageException {
        SettlementTransactionMessage m = checks.settlement().parse(body);
        if (!accounts.isKnown(m.accountNumber())) {
            throw new InvalidMessageException(
                    "Unknown account "
                            + m.accountNumber()
                            + ": not a borrower's settlement account at the bank",
                    m.transactionId());
        }
        return m;
    }
}
