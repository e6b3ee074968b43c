package com.microcredit.platform.api;

import jakarta.ejb.Local;

/**
 * The transactional outbox (ADR 0019): a message to core banking caused by one business change is
 * written in that change's transaction and sent by the platform's relay once it commits; a rollback
 * sends nothing. The change's transaction then touches only the database.
 */
@Local
public interface Outbox {

    /**
     * Writes the message in the caller's transaction (required) and, once that commits, wakes this
     * server's relay.
     */
    void put(OutgoingMessage message);
}
