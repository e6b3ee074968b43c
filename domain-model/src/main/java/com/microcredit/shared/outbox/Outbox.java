package com.microcredit.shared.outbox;

import com.microcredit.shared.transaction.AfterCommit;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Puts a message in the outbox inside the caller's transaction (ADR 0019) and, once that commits,
 * wakes the relay of this server so the message leaves at once rather than at its next poll. The
 * relay also polls, so a message written on another server, or while this one's relay was busy,
 * leaves all the same.
 */
public final class Outbox {

    private static final Object SYNCHRONIZATION_KEY = new Object();
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final Condition RUNG = LOCK.newCondition();
    private static boolean pending;

    private Outbox() {}

    /**
     * Writes the message in the caller's transaction; it is sent only if that transaction commits.
     */
    public static void put(
            EntityManager em,
            TransactionSynchronizationRegistry transaction,
            OutboundMessage message) {
        em.persist(message);
        if (transaction.getResource(SYNCHRONIZATION_KEY) == null) {
            transaction.putResource(SYNCHRONIZATION_KEY, Boolean.TRUE);
            AfterCommit.run(transaction, Outbox::ring);
        }
    }

    /** Tells the relay that committed messages are waiting. */
    static void ring() {
        LOCK.lock();
        try {
            pending = true;
            RUNG.signalAll();
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * For the relay: waits until a commit rings or the time is up; answers whether a commit rang.
     */
    public static boolean awaitRing(long millis) throws InterruptedException {
        LOCK.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (!pending && nanos > 0) {
                nanos = RUNG.awaitNanos(nanos);
            }
            boolean rang = pending;
            pending = false;
            return rang;
        } finally {
            LOCK.unlock();
        }
    }
}
