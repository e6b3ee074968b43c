package com.microcredit.platform.api;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

/**
 * The reading half of every inbound intake (ADR 0007): the batched receivers take messages inside
 * the caller's container transaction ({@link #drain}); every intake, batched or a message-driven
 * bean, reads each message through {@link #refusingInvalid}, which refuses what can never be
 * applied through {@link InboundRejections}. Runs in the caller's thread and transaction and holds
 * no state: a library of the platform's client jar, not a service.
 */
public final class QueueBatch {

    /** Reads one message into the caller's batch (valid ones kept, invalid ones refused). */
    @FunctionalInterface
    public interface Reader {
        void read(Message message) throws JMSException;
    }

    /**
     * Reads the text of one message; an {@link InvalidMessageException} refuses it with its reason.
     */
    @FunctionalInterface
    public interface Parse<T> {
        T parse(String body) throws InvalidMessageException;
    }

    /** Takes a parsed message (keeps it for the batch, or applies it); may still refuse it. */
    @FunctionalInterface
    public interface Accept<T> {
        void accept(T message) throws InvalidMessageException;
    }

    /** What an intake does besides the refusal itself, in the same transaction (e.g. a reply). */
    @FunctionalInterface
    public interface AfterRefusal {
        void refused(Message message, InvalidMessageException refusal);
    }

    private QueueBatch() {}

    /**
     * A reader that hands every message that parses to {@code accept} and refuses the others – not
     * a text message, or refused by the parser or by {@code accept} – through {@link
     * InboundRejections} with the reason, in the caller's transaction, so the rest of a batch is
     * applied.
     */
    public static <T> Reader refusingInvalid(
            String queueName, Parse<T> parse, Accept<T> accept, InboundRejections rejections) {
        return refusingInvalid(queueName, parse, accept, rejections, (message, refusal) -> {});
    }

    /**
     * As {@link #refusingInvalid(String, Parse, Accept, InboundRejections)}, then {@code
     * afterRefusal} for each refused message (the decision intake answers REJECTED).
     */
    public static <T> Reader refusingInvalid(
            String queueName,
            Parse<T> parse,
            Accept<T> accept,
            InboundRejections rejections,
            AfterRefusal afterRefusal) {
        return message -> {
            String body = null;
            try {
                if (!(message instanceof TextMessage text)) {
                    throw new InvalidMessageException(
                            null,
                            InboundReason.INBOUND_NOT_TEXT,
                            message.getClass().getSimpleName());
                }
                body = text.getText();
                accept.accept(parse.parse(body));
            } catch (InvalidMessageException e) {
                rejections.reject(
                        new RejectedInbound(
                                queueName,
                                e.businessKey(),
                                e.reason(),
                                body,
                                message.getJMSCorrelationID()));
                afterRefusal.refused(message, e);
            }
        };
    }

    /**
     * Receives, in the caller's transaction (the JMS context enlists in it), a first message within
     * {@code waitMillis} and then what is already there, up to {@code limit}, handing each to the
     * reader. A JMS failure is a system exception that rolls the whole batch back, messages
     * included.
     *
     * @return how many messages were received (0 when none arrived within the wait).
     */
    public static int drain(
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
