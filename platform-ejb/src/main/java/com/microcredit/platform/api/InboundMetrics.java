package com.microcredit.platform.api;

import jakarta.ejb.Local;

/**
 * The count of inbound core-banking messages by queue and result (Prometheus {@code
 * mcrc_inbound_messages_total{queue,result}}): the intakes count what they accepted, {@link
 * InboundRejections} what it refused. Counted when the caller's transaction commits, so a batch
 * that rolls back and is redelivered counts once.
 */
@Local
public interface InboundMetrics {

    /**
     * Messages of a queue (its JNDI or queue name; the last segment is the tag) valid and taken,
     * including redeliveries of a business key already applied (no second effect).
     */
    void accepted(String queue, long count);

    /**
     * Of the accepted messages, those whose business key was applied before with the same content:
     * no second effect (ADR 0025). A same key with another content is refused, never counted here.
     */
    void redelivered(String queue, long count);
}
