package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.portfolio.api.InboundRejections;
import com.microcredit.portfolio.api.RejectedInbound;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

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

    /**
     * Reads the text of one message; an {@link InvalidMessageException} refuses it with its reason.
     */
    @FunctionalInterface
    interface Parse<T> {
        T parse(String body) throws InvalidMessageException;
    }

    /** Takes a parsed message (keeps it for the batch, or applies it); may still refuse it. */
    @FunctionalInterface
    interface Accept<T> {
        void accept(T message) throws InvalidMessageException;
    }

    private QueueBatch() {}

    /**
     * A reader that hands every message that parses to {@code accept} and refuses the others – not
     * a text message, or refused by the parser or by {@code accept} – through {@link
     * InboundRejections} with the reason, in the caller's transaction, so the rest of a batch is
     * applied. Shared by the batched receivers and the repayment listener.
     */
    static <T> Reader refusingInvalid(
            String queueName, Parse<T> parse, Accept<T> accept, InboundRejections rejections) {
        return message -> {
            String body = null;
            try {
                if (!(message instanceof TextMessage text)) {
                    throw new InvalidMessageException(
                            "Not a text message: " + message.getClass().getSimpleName(), null);
                }
                body = text.getText();
                accept.accept(parse.parse(body));
            } catch (InvalidMessageException e) {
                rejections.reject(
                        new RejectedInbound(
                                queueName,
                                e.businessKey(),
                                e.getMessage(),
                                body,
                                message.getJMSCorrelationID()));
            }
        };
    }

    /**
     * @return how many messages were received (0 when none arrived within the wait).
     */
    static int drain(
            ConnectionFactory factory,
            Queue queue,
            int limit,
            long waitMillis,
            Reader reader,
            String what) {
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
