package com.microcredit.platform.infrastructure.jms;

import com.microcredit.platform.domain.outbox.OutboundMessage;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * One batch of the outbox in one container transaction (ADR 0019): reads the oldest waiting
 * messages, deletes them, sends each to its queue with the properties messageType, businessKey and
 * schemaVersion, and commits – messaging engine and database in one two-phase commit per batch
 * instead of one per business transaction. Anything that fails rolls the batch back whole: the
 * messages stay in the outbox and nothing is sent.
 */
@Stateless
public class OutboxSender {

    private static final Map<String, Queue> QUEUES = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject
    @JMSConnectionFactory("jms/mcrc/ConnectionFactory")
    private JMSContext jms;

    @Resource private SessionContext context;

    /** Sends up to {@code limit} waiting messages; answers how many it sent. */
    // the relay's managed thread carries no user (ADR 0019); it only sends what is stored
    @PermitAll
    public int sendBatch(int limit) {
        List<OutboundMessage> batch =
                em.createQuery(
                                "select m from OutboundMessage m order by m.id",
                                OutboundMessage.class)
                        .setMaxResults(limit)
                        .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Long> ids = batch.stream().map(OutboundMessage::getId).toList();
        int deleted =
                em.createQuery("delete from OutboundMessage m where m.id in :ids")
                        .setParameter("ids", ids)
                        .executeUpdate();
        if (deleted != ids.size()) {
            // Another server's relay sent some of them first (its delete committed before ours
            // ran):
            // send none of this batch, read again.
            context.setRollbackOnly();
            return 0;
        }
        JMSProducer producer = jms.createProducer();
        for (OutboundMessage m : batch) {
            TextMessage message = jms.createTextMessage(m.getBody());
            try {
                message.setStringProperty("messageType", m.getMessageType());
                message.setStringProperty("businessKey", m.getBusinessKey());
                message.setIntProperty("schemaVersion", m.getSchemaVersion());
            } catch (JMSException e) {
                throw new IllegalStateException(
                        "cannot set the properties of outbound message " + m.getId(), e);
            }
            producer.send(queue(m.getDestination()), message);
        }
        return batch.size();
    }

    /** How many messages wait in the outbox now (the relay's backlog gauge). */
    @PermitAll // the relay's backlog gauge, read on its thread without a user: a count, no content
    public long waiting() {
        return em.createQuery("select count(m) from OutboundMessage m", Long.class)
                .getSingleResult();
    }

    private static Queue queue(String jndiName) {
        return QUEUES.computeIfAbsent(
                jndiName,
                name -> {
                    try {
                        return InitialContext.doLookup(name);
                    } catch (NamingException e) {
                        throw new IllegalStateException(
                                "no queue " + name + " for an outbound message", e);
                    }
                });
    }
}
