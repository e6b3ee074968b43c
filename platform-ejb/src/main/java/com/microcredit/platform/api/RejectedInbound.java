package com.microcredit.platform.api;

/**
 * An inbound message that can never be applied. destination: the JNDI name of the queue it came
 * from; businessKey: null when it could not be read; reason: code and arguments (ADR 0030);
 * payload: the message body (may be null); correlationId: the message's JMSCorrelationID, kept on
 * the forwarded copy so the sender finds it.
 */
public record RejectedInbound(
        String destination,
        String businessKey,
        RefusalReason reason,
        String payload,
        String correlationId) {}
