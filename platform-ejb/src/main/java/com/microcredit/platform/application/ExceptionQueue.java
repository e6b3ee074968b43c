package com.microcredit.platform.application;

import com.microcredit.platform.api.RefusalReason;

/**
 * The port to the inbound exception destination (jms/mcrc/InboundExceptions): a refused message is
 * forwarded there with its reason, its source queue and its business key, inside the caller's
 * transaction. Implemented by the messaging adapter of the platform's infrastructure.
 */
public interface ExceptionQueue {

    /** Forwards the body; the original correlation id is kept so the sender finds its message. */
    void forward(
            String source,
            String businessKey,
            RefusalReason reason,
            String body,
            String correlationId);
}
