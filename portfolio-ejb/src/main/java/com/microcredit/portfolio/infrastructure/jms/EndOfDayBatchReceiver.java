package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.api.InboundRejections;
import com.microcredit.platform.api.InvalidMessageException;
import com.microcredit.platform.api.QueueBatch;
import com.microcredit.portfolio.application.EndOfDayIntake;
import com.microcredit.portfolio.domain.settlement.EndOfDayReport;
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
 * One batch of core banking's end-of-day reports in one container transaction: receives up to
 * {@code limit} reports with a JMS context that enlists in it, refuses the invalid ones through
 * {@link InboundRejections} (recorded and forwarded with the reason, in this transaction, so the
 * others are applied), then stores and reconciles the valid ones together ({@link
 * EndOfDayIntake#applyAll}). Any other failure rolls the whole batch back, messages included (ADR
 * 0007).
 */
@Stateless
@RunAs("SYSTEM") // end-of-day intake is the system identity's only (ADR 0014)
public class EndOfDayBatchReceiver {

    static final String QUEUE = "jms/portfolio/EndOfDayBalance";

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = QUEUE)
    private Queue queue;

    @EJB private EndOfDayIntake intake;

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
        List<EndOfDayReport> valid = new ArrayList<>(limit);
        int received =
                QueueBatch.drain(
                        connectionFactory,
                        queue,
                        limit,
                        waitMillis,
                        QueueBatch.refusingInvalid(QUEUE, this::parse, valid::add, rejections),
                        "an end-of-day report");
        if (!valid.isEmpty()) {
            intake.applyAll(valid);
        }
        return received;
    }

    private EndOfDayReport parse(String body) throws InvalidMessageException {
        EndOfDayReport report = checks.endOfDay().parse(body);
        if (!accounts.isKnown(report.accountNumber())) {
            throw new InvalidMessageException(
                    EndOfDayBalanceParser.businessKey(
                            report.accountNumber(), report.businessDate()),
                    InboundReason.INBOUND_UNKNOWN_ACCOUNT,
                    report.accountNumber());
        }
        return report;
    }
}
