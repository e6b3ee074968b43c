package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.platform.api.BatchedQueueConsumer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Consumes core banking's settlement transactions (queue jms/portfolio/SettlementTransaction) in
 * batches: each of {@code mcrc.settlement.consumers} managed threads has {@link
 * SettlementBatchReceiver} receive up to {@code mcrc.settlement.batch} messages inside one
 * container transaction, validate them, record the invalid ones (rejected_message + exception
 * destination with the reason) and write the valid ones to the ledger in one JDBC batch; the
 * messages are consumed exactly when that commits (one two-phase commit of messaging engine and
 * database per batch instead of per message). An MDB cannot do this on Liberty: its activation
 * spec's maxBatchSize does not put a batch in one transaction (measured: 7,000 deliveries, 7,000
 * transactions; ADR 0007).
 *
 * <p>A batch that fails for any other reason is rolled back whole; the next deliveries of that many
 * messages are then applied one per transaction ({@link BatchedQueueConsumer}).
 */
@Singleton
@Startup
@DependsOn("platform-ejb.jar#SchemaMigrator")
public class SettlementStreamConsumer {

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @EJB private SettlementBatchReceiver receiver;

    @Inject
    @ConfigProperty(name = "mcrc.settlement.consumers", defaultValue = "4")
    private int consumers;

    @Inject
    @ConfigProperty(name = "mcrc.settlement.batch", defaultValue = "500")
    private int batchSize;

    private BatchedQueueConsumer loop;

    @PostConstruct
    void start() {
        loop =
                new BatchedQueueConsumer(
                        "settlement", batchSize, limit -> receiver.receiveAndApply(limit, 1_000));
        loop.start(threads, consumers);
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }
}
