package com.microcredit.portfolio.infrastructure.jms;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;

/**
 * The receiving half of a batched consumer (ADR 0007): inside the caller's container transaction,
 * waits for a first message, then takes what is already there up to the limit, handing each to the
 * reader. The JMS context enlists in that transaction, so the messages are consumed exactly when
 * the caller's transaction commits; a JMS failure is a system exception that rolls the whole batch
 * back, messages included.
 */
final class QueueBatch {

    /** Reads one message into the caller's batch (valid ones kept, invalid ones refused). */
    @FunctionalInterface
    interface Reader {
        void read(Message message) throws JMSException;
    }

    private QueueBatch() {
    }

    /** @return how many messages were received (0 when none arrived within the wait). */
    static int drain(ConnectionFactory factory, Queue queue, int limit, long waitMillis, Reader reader, String what) {
        int received = 0;
        try (JMSContext context = factory.createContext();
             JMSConsumer consumer = context.createConsumer(queue)) {
            Message message = consumer.receive(waitMillis);
            while (message != null) {
                received++;
                reader.read(message);
                message = received < limit ? consumer.receiveNoWait() : null;
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read " + what, e);
        }
        return received;
    }
}
