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
 * Consumes core banking's end-of-day reports (queue jms/portfolio/EndOfDayBalance) in batches, like
 * the settlement stream: each of {@code mcrc.end-of-day.consumers} managed threads has {@link
 * EndOfDayBatchReceiver} take up to {@code mcrc.end-of-day.batch} reports in one container
 * transaction, which stores them once and reconciles their days together (the ledger, the stored
 * days and their breaks read with one statement each for the whole batch). The reports arrive in
 * one burst after core banking's end of day; one two-phase commit per report made reconciliation
 * lag the stream (docs/benchmarks.md, ADR 0007).
 */
@Singleton
@Startup
@DependsOn("platform-ejb.jar#SchemaMigrator")
public class EndOfDayStreamConsumer {

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @EJB private EndOfDayBatchReceiver receiver;

    @Inject
    @ConfigProperty(name = "mcrc.end-of-day.consumers", defaultValue = "4")
    private int consumers;

    @Inject
    @ConfigProperty(name = "mcrc.end-of-day.batch", defaultValue = "50")
    private int batchSize;

    private BatchedQueueConsumer loop;

    @PostConstruct
    void start() {
        loop =
                new BatchedQueueConsumer(
                        "end-of-day", batchSize, limit -> receiver.receiveAndApply(limit, 1_000));
        loop.start(threads, consumers);
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }
}
