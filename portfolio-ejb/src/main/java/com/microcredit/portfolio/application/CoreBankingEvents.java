package com.microcredit.portfolio.application;

import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Port to the outbound events to core banking (queue {@code jms/mcrc/Events}, docs/messages.md;
 * implemented by {@code infrastructure.jms.OutboundEvents}): sent only if the change that caused
 * them commits.
 */
public interface CoreBankingEvents {

    /** One event of a batch: its business key and body. */
    record Event(String businessKey, JsonObjectBuilder body) {}

    /** One change's event, through the outbox; body holds the type's fields. */
    void send(String messageType, String businessKey, JsonObjectBuilder body);

    /** A batch of events of one type, each its own message, in the caller's transaction. */
    void sendAll(String messageType, List<Event> batch);
}
