package com.microcredit.portfolio.infrastructure.jms;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Consumes core banking's settlement transactions (queue jms/portfolio/SettlementTransaction) in
 * batches: each of {@code mcrc.settlement.consumers} managed threads has
 * {@link SettlementBatchReceiver} receive up to {@code mcrc.settlement.batch} messages inside one
 * container transaction, validate them, record the invalid ones (rejected_message + exception
 * destination with the reason) and write the valid ones to the ledger in one JDBC batch; the messages are consumed exactly when that commits (one
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
public class SettlementStreamConsumer {

    private static final Logger LOG = Logger.getLogger(SettlementStreamConsumer.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @EJB
    private SettlementBatchReceiver receiver;

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
        int singles = 0;
        while (running) {
            int limit = singles > 0 ? 1 : batchSize;
            try {
                int received = receiver.receiveAndApply(limit, 1_000);
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

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
