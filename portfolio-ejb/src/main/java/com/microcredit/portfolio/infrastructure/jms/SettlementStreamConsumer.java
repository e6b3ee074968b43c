package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.portfolio.application.SettlementIntake;
import com.microcredit.portfolio.infrastructure.jpa.KnownAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Consumes core banking's settlement transactions (queue jms/portfolio/SettlementTransaction) in
 * batches: each of {@code mcrc.settlement.consumers} managed threads receives up to
 * {@code mcrc.settlement.batch} messages inside one JTA transaction, validates them, records the
 * invalid ones (rejected_message + exception destination with the reason) and writes the valid
 * ones to the ledger in one JDBC batch; the messages are consumed exactly when that commits (one
 * two-phase commit of messaging engine and database per batch instead of per message). An MDB
 * cannot do this on Liberty: its activation spec's maxBatchSize does not put a batch in one
 * transaction (measured: 7,000 deliveries, 7,000 transactions; ADR 0007).
 *
 * <p>A batch that fails for any other reason is rolled back whole; the next deliveries of that
 * many messages are then applied one per transaction, so a message that keeps failing is isolated,
 * redelivered up to the queue's limit and moved to the exception destination by the messaging
 * engine, while the others are applied.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SettlementStreamConsumer {

    static final String QUEUE = "jms/portfolio/SettlementTransaction";
    private static final Logger LOG = Logger.getLogger(SettlementStreamConsumer.class.getName());

    @Resource(lookup = "jms/mcrc/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = QUEUE)
    private Queue queue;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @Resource
    private UserTransaction transaction;

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

    @Inject
    @ConfigProperty(name = "mcrc.settlement.consumers", defaultValue = "4")
    private int consumers;

    @Inject
    @ConfigProperty(name = "mcrc.settlement.batch", defaultValue = "100")
    private int batchSize;

    private volatile boolean running;
    private final List<Thread> workers = new ArrayList<>();

    @PostConstruct
    void start() {
        running = true;
        for (int i = 0; i < consumers; i++) {
            Thread t = threads.newThread(this::consume);
            t.setName("mcrc-settlement-" + i);
            workers.add(t);
            t.start();
        }
        LOG.info(() -> "Settlement stream: " + consumers + " consumers, batches of up to " + batchSize);
    }

    @PreDestroy
    void stop() {
        running = false;
        for (Thread t : workers) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void consume() {
        SettlementMessageParser parser = new SettlementMessageParser(
                new LinkedHashSet<>(Arrays.asList(currencies.split("\\s*,\\s*"))), maxAmount);
        int singles = 0;
        while (running) {
            int limit = singles > 0 ? 1 : batchSize;
            try {
                int received = batch(parser, limit);
                if (singles > 0) {
                    singles -= received;
                }
            } catch (Exception e) {
                // The batch rolled back and will be redelivered: apply the next deliveries one by one.
                LOG.log(Level.WARNING, "A settlement batch failed and was rolled back; its messages are redelivered"
                        + " and applied one per transaction", e);
                singles = batchSize;
                pause();
            }
        }
    }

    /** One transaction: receive up to limit messages, apply them, commit. Returns how many. */
    private int batch(SettlementMessageParser parser, int limit) throws Exception {
        transaction.begin();
        try {
            List<SettlementTransactionMessage> valid = new ArrayList<>(limit);
            int received = 0;
            try (JMSContext context = connectionFactory.createContext();
                 JMSConsumer consumer = context.createConsumer(queue)) {
                Message message = consumer.receive(1_000);
                while (message != null) {
                    received++;
                    read(parser, message, valid);
                    message = received < limit ? consumer.receiveNoWait() : null;
                }
            }
            if (!valid.isEmpty()) {
                intake.applyAll(valid);
            }
            transaction.commit();
            return received;
        } catch (Exception | Error e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
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
            intake.recordRejection(QUEUE, e.businessKey(), e.getMessage(), body);
            exceptionDestination.forward(QUEUE, e.businessKey(), e.getMessage(), body, message.getJMSCorrelationID());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
