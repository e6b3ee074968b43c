package com.microcredit.platform.api;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must happen only once the caller's JTA transaction has committed (never on a rollback):
 * metrics counted on commit, the outbox's wake-up. Stateless; the registry is the caller's.
 */
public final class AfterCommit {

    private AfterCommit() {}

    /**
     * Runs the action after the caller's transaction commits, or at once when there is no
     * transaction.
     */
    public static void run(TransactionSynchronizationRegistry transaction, Runnable action) {
        if (transaction.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            action.run();
            return;
        }
        transaction.registerInterposedSynchronization(
                new Synchronization() {
                    @Override
                    public void beforeCompletion() {}

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            action.run();
                        }
                    }
                });
    }
}
