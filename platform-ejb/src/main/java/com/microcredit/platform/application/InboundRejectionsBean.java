package com.microcredit.platform.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.InboundRejections;
import com.microcredit.platform.api.RejectedInbound;
import com.microcredit.platform.domain.inbound.RejectedMessage;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Refuses an inbound message of any context in the caller's transaction: stored as a {@link
 * RejectedMessage} (the Inbound messages page), counted as rejected on commit, and forwarded with
 * its reason to the exception destination.
 */
@Stateless
// message listeners and the exception-destination sweeper, all run as SYSTEM (ADR 0014)
@RolesAllowed("SYSTEM")
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InboundRejectionsBean implements InboundRejections {

    @Inject @BankZone private Clock clock;

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private MetricRegistry metrics;

    @Resource private TransactionSynchronizationRegistry transactions;

    @Inject private ExceptionQueue exceptions;

    @Override
    public void reject(RejectedInbound r) {
        em.persist(
                new RejectedMessage(
                        r.destination(),
                        r.businessKey(),
                        r.reason(),
                        r.payload(),
                        clock.instant()));
        InboundMetricsBean.count(metrics, transactions, r.destination(), "rejected", 1);
        exceptions.forward(
                r.destination(), r.businessKey(), r.reason(), r.payload(), r.correlationId());
    }
}
