package com.microcredit.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This server's wake-up of the outbox relay (ADR 0019): a commit that wrote to the outbox rings it
 * ({@link OutboxBean}), the relay waits for it between batches. One per application (the container
 * makes it so), so the relay sees every ring of this server; the relay also polls, so a message
 * written on another server, or rung while the relay was busy, leaves all the same.
 */
@ApplicationScoped
public class OutboxBell {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition rung = lock.newCondition();
    private boolean pending;

    /** Tells the relay that committed messages are waiting. */
    public void ring() {
        lock.lock();
        try {
            pending = true;
            rung.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * For the relay: waits until a commit rings or the time is up; answers whether a commit rang
     * (and clears it).
     */
    public boolean awaitRing(long millis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (!pending && nanos > 0) {
                nanos = rung.awaitNanos(nanos);
            }
            boolean rang = pending;
            pending = false;
            return rang;
        } finally {
            lock.unlock();
        }
    }
}
