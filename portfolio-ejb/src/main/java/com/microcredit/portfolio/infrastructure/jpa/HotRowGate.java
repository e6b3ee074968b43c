package com.microcredit.portfolio.infrastructure.jpa;

import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.portfolio.domain.limit.LimitExceededException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Admission control in front of contended limit rows. Correctness never depends on it – the guarded
 * update and the database row lock do – but when 64 callers hit one row (the blind ceiling),
 * letting them all queue inside the database costs the database more CPU in lock management than
 * the updates themselves. So at most {@code mcrc.limits.concurrent-updates-per-row} transactions
 * per server wait on any limit row; the others wait here, cheaply. A permit is taken just before
 * the reservation's update and given back when the transaction completes (commit or rollback).
 * Limit keys are hashed onto stripes, and stripes are always taken in ascending order, so two
 * multi-limit reservations cannot wait on each other.
 */
@ApplicationScoped
public class HotRowGate {

    private static final int STRIPES = 64;

    @Inject
    @ConfigProperty(name = "mcrc.limits.concurrent-updates-per-row", defaultValue = "16")
    int permitsPerRow;

    @Inject
    @ConfigProperty(name = "mcrc.limits.gate-timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    @Resource TransactionSynchronizationRegistry transactions;

    private Semaphore[] stripes;

    @PostConstruct
    void createStripes() {
        stripes = new Semaphore[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Semaphore(Math.max(1, permitsPerRow), true);
        }
    }

    /**
     * Takes a permit for every key's stripe, released automatically when the transaction ends. A
     * transaction passes the gate once: a second reservation in the same transaction (a batch, the
     * demo loader) goes straight through, so a transaction never waits here while holding permits –
     * it cannot wait for itself or for another transaction that waits for it.
     */
    public void enter(Map<LimitDimension, String> keys) {
        if (transactions.getResource(HotRowGate.class) != null) {
            return;
        }
        int[] taken =
                keys.entrySet().stream()
                        .mapToInt(
                                k ->
                                        Math.floorMod(
                                                (k.getKey().name() + '/' + k.getValue()).hashCode(),
                                                STRIPES))
                        .distinct()
                        .sorted()
                        .toArray();
        int acquired = 0;
        try {
            for (int stripe : taken) {
                if (!stripes[stripe].tryAcquire(timeoutSeconds, TimeUnit.SECONDS)) {
                    throw new LimitExceededException(
                            "Limits are too busy; nothing was reserved, try again");
                }
                acquired++;
            }
            int held = acquired;
            transactions.putResource(HotRowGate.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(
                    new Synchronization() {
                        @Override
                        public void beforeCompletion() {}

                        @Override
                        public void afterCompletion(int status) {
                            release(taken, held);
                        }
                    });
        } catch (InterruptedException e) {
            release(taken, acquired);
            Thread.currentThread().interrupt();
            throw new LimitExceededException(
                    "Interrupted while waiting for a limit; nothing was reserved");
        } catch (RuntimeException e) {
            release(taken, acquired);
            throw e;
        }
    }

    private void release(int[] taken, int count) {
        for (int i = 0; i < count; i++) {
            stripes[taken[i]].release();
        }
    }
}
