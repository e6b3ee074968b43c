package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.portfolio.api.InboundRejections;
import com.microcredit.portfolio.api.RejectedInbound;
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
 * One batch of core banking's end-of-day reports in one container transaction: receives up to
 * {@code limit} reports with a JMS context that enlists in it, refuses the invalid ones through
 * {@link InboundRejections} (recorded and forwarded with the reason, in this transaction, so the
 * others are applied), then stores and reconciles the valid ones together
 * ({@link EndOfDayIntake#applyAll}). Any other failure rolls the whole batch back, messages included
 * (ADR 0007).
 */
@Stateless
@PermitAll // called by the end-of-day consumer threads, without a user (ADR 0003)
@RunAs("SYSTEM") // end-of-day intake is the system identity's only (ADR 0014)
public class EndOfDayBatchReceiver {

    static final String QUEUE = "jms/portfolio/EndOfDayBalance";

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = QUEUE)
    private Queue queue;

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

    /** @return how many messages this transaction consumed (0 when none arrived within the wait). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int receiveAndApply(int limit, long waitMillis) {
        EndOfDayBalanceParser parser = new EndOfDayBalanceParser(
                new LinkedHashSet<>(Arrays.asList(currencies.split("\\s*,\\s*"))), maxAmount);
        List<EndOfDayReport> valid = new ArrayList<>(limit);
        int received = QueueBatch.drain(connectionFactory, queue, limit, waitMillis,
                message -> read(parser, message, valid), "an end-of-day report");
        if (!valid.isEmpty()) {
            intake.applyAll(valid);
        }
        return received;
    }

    private void read(EndOfDayBalanceParser parser, Message message, List<EndOfDayReport> valid) throws JMSException {
        String body = null;
        try {
            if (!(message instanceof TextMessage text)) {
                throw new InvalidMessageException("Not a text message: " + message.getClass().getSimpleName(), null);
            }
            body = text.getText();
            EndOfDayReport report = parser.parse(body);
            if (!accounts.isKnown(report.accountNumber())) {
                throw new InvalidMessageException("Unknown account " + report.accountNumber()
                        + ": not a borrower's settlement account at the bank",
                        EndOfDayBalanceParser.businessKey(report.accountNumber(), report.businessDate()));
            }
            valid.add(report);
        } catch (InvalidMessageException e) {
            rejections.reject(new RejectedInbound(QUEUE, e.businessKey(), e.getMessage(), body,
                    message.getJMSCorrelationID()));
        }
    }
}
