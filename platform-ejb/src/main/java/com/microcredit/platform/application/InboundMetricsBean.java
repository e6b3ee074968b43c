package com.microcredit.platform.application;

import com.microcredit.platform.api.AfterCommit;
import com.microcredit.platform.api.InboundMetrics;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts inbound core-banking messages by queue and result (Prometheus {@code
 * mcrc_inbound_messages_total}) when the caller's transaction commits, so a batch that rolls back
 * and is redelivered counts once, not twice. The intakes of every context count what they accepted
 * through {@link InboundMetrics}; {@link InboundRejectionsBean} counts refusals.
 */
@Stateless
// the intakes: listeners (SYSTEM) and core banking's direct postings (ADR 0014)
@RolesAllowed({"CORE_BANKING", "SYSTEM"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class InboundMetricsBean implements InboundMetrics {

    static final Metadata MESSAGES =
            Metadata.builder()
                    .withName("mcrc.inbound.messages")
                    .withDescription(
                            "Inbound core-banking messages by queue and result: accepted (valid; a"
                                + " redelivery of an applied business key has no second effect),"
                                + " redelivered (of the accepted, those whose key was applied"
                                + " before with the same content) or rejected (to the exception"
                                + " destination, a same-key conflict included)")
                    .build();

    @Inject private MetricRegistry metrics;

    @Resource private TransactionSynchronizationRegistry transactions;

    @Override
    public void accepted(String queue, long count) {
        count(metrics, transactions, queue, "accepted", count);
    }

    @Override
    public void redelivered(String queue, long count) {
        count(metrics, transactions, queue, "redelivered", count);
    }

    /** {@code queue}: a destination's JNDI or queue name; its last segment is the tag. */
    static void count(
            MetricRegistry metrics,
            TransactionSynchronizationRegistry transactions,
            String queue,
            String result,
            long count) {
        if (count > 0) {
            String name = queue.substring(queue.lastIndexOf('/') + 1);
            AfterCommit.run(
                    transactions,
                    () ->
                            metrics.counter(
                                            MESSAGES,
                                            new Tag("queue", name),
                                            new Tag("result", result))
                                    .inc(count));
        }
    }
}
