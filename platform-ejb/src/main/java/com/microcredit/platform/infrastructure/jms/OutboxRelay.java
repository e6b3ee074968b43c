package com.microcredit.platform.infrastructure.jms;

import com.microcredit.platform.api.BatchedQueueConsumer;
import com.microcredit.platform.application.OutboxBell;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Sends what the outbox holds (ADR 0019): one managed thread per server has {@link OutboxSender}
 * send up to {@code mcrc.outbox.batch} messages per transaction. After a batch that was not full it
 * waits until a commit on this server puts a message in the outbox ({@link OutboxBell}), or at most
 * {@code mcrc.outbox.poll-ms}, so messages written on another server leave too; woken by a commit
 * it lingers {@code mcrc.outbox.linger-ms} so that the commits of that moment leave in the same
 * batch. A batch that fails stays in the outbox; the next ones are then sent one per transaction
 * ({@link BatchedQueueConsumer}). The backlog is the gauge {@code mcrc_outbox_waiting}, counted at
 * most once a second by the relay.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class OutboxRelay {

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @EJB private OutboxSender sender;

    @Inject private OutboxBell bell;

    @Inject
    @ConfigProperty(name = "mcrc.outbox.batch", defaultValue = "500")
    private int batchSize;

    @Inject
    @ConfigProperty(name = "mcrc.outbox.poll-ms", defaultValue = "1000")
    private long pollMillis;

    @Inject
    @ConfigProperty(name = "mcrc.outbox.linger-ms", defaultValue = "50")
    private long lingerMillis;

    @Inject private MetricRegistry metrics;

    private final AtomicLong waiting = new AtomicLong();
    private long countedAt;
    private BatchedQueueConsumer loop;

    @PostConstruct
    void start() {
        metrics.gauge(
                Metadata.builder()
                        .withName("mcrc.outbox.waiting")
                        .withDescription(
                                "Messages to core banking waiting in the outbox (ADR 0019)")
                        .build(),
                waiting,
                AtomicLong::get);
        loop =
                new BatchedQueueConsumer(
                        "outbox",
                        batchSize,
                        limit -> {
                            count();
                            int sent = sender.sendBatch(limit);
                            if (sent < limit) {
                                try {
                                    if (bell.awaitRing(pollMillis)) {
                                        // Let the commits of the next moment join the batch: one
                                        // two-phase commit for
                                        // many messages instead of one per message (measured,
                                        // docs/benchmarks.md).
                                        Thread.sleep(lingerMillis);
                                    }
                                } catch (InterruptedException e) {
                                    // Not kept: the loop ends through stop(), and a kept flag would
                                    // end every later wait at once.
                                }
                            }
                            return sent;
                        });
        loop.start(threads, 1);
    }

    /** Refreshes the backlog gauge, at most once a second; runs on the relay thread only. */
    private void count() {
        long now = System.nanoTime();
        if (now - countedAt > 1_000_000_000L) {
            countedAt = now;
            waiting.set(sender.waiting());
        }
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }
}
