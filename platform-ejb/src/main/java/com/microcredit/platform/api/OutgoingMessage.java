package com.microcredit.platform.api;

/**
 * A message for the outbox: the JNDI name of its queue (e.g. {@code jms/mcrc/Events}), its type,
 * business key and schema version (sent as the properties {@code messageType}, {@code businessKey},
 * {@code schemaVersion}) and its JSON body (stored encrypted until it is sent).
 */
public record OutgoingMessage(
        String destination,
        String messageType,
        String businessKey,
        int schemaVersion,
        String body) {}
