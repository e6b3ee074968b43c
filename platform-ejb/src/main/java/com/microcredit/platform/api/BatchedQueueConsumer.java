package com.microcredit.platform.api;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The loop the batched inbound consumers and the outbox relay share (ADR 0007, 0019): each of
 * {@code consumers} managed threads asks its receiver to take up to {@code batch} messages in one
 * container transaction. A batch that fails is rolled back whole and redelivered; the next {@code
 * batch} deliveries of that thread are then taken one per transaction, so a message that keeps
 * failing is isolated, redelivered up to the queue's limit and moved to the exception destination
 * by the messaging engine, while the others are applied.
 *
 * <p>A library of the platform's client jar: the context's own startup singleton creates one,
 * starts it on the container's managed threads and stops it in its {@code @PreDestroy}.
 */
public final class BatchedQueueConsumer {

    private static final Logger LOG = Logger.getLogger(BatchedQueueConsumer.class.getName());

    private final String name;
    private final int batchSize;

    /** Takes at most the given number of messages in one transaction; answers how many it took. */
    private final IntUnaryOperator receiver;

    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    public BatchedQueueConsumer(String name, int batchSize, IntUnaryOperator receiver) {
        if (batchSize < 1) {
            throw new IllegalArgumentException(
                    name + ": the batch size must be at least 1, not " + batchSize);
        }
        this.name = name;
        this.batchSize = batchSize;
        this.receiver = receiver;
    }

    public void start(ManagedThreadFactory threads, int consumers) {
        running = true;
        for (int i = 0; i < consumers; i++) {
            Thread t = threads.newThread(this::consume);
            t.setName("mcrc-" + name + "-" + i);
            workers.add(t);
            t.start();
        }
        LOG.info(() -> name + ": " + consumers + " threads, batches of up to " + batchSize);
    }

    public void stop() {
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
                int received = receiver.applyAsInt(limit);
                if (singles > 0) {
                    singles -= received;
                }
            } catch (Exception e) {
                // The batch rolled back and will be redelivered: apply the next deliveries one by
                // one.
                LOG.log(
                        Level.WARNING,
                        "A "
                                + name
                                + " batch failed and was rolled back; its messages are taken again,"
                                + " one per transaction",
                        e);
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
