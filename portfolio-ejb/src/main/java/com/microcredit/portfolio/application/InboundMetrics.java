package com.microcredit.portfolio.application;

import com.microcredit.portfolio.domain.settlement.BreakKind;
import com.microcredit.shared.transaction.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Operations metrics of the core-banking intake (Prometheus: {@code mcrc_inbound_messages_total} by
 * queue and result, {@code mcrc_reconciliation_breaks_total} by kind). Counted when the transaction
 * that took the effect commits, so a batch that rolls back and is redelivered counts once, not
 * twice.
 */
@ApplicationScoped
public class InboundMetrics {

    static final Metadata MESSAGES =
            Metadata.builder()
                    .withName("mcrc.inbound.messages")
                    .withDescription(
                            "Inbound core-banking messages by queue and result: accepted (valid; a"
                                + " redelivery of an applied business key has no second effect) or"
                                + " rejected (to the exception destination)")
                    .build();
    static final Metadata BREAKS =
            Metadata.builder()
                    .withName("mcrc.reconciliation.breaks")
                    .withDescription(
                            "Reconciliation breaks recorded (new ones; one found again is not"
                                    + " counted), by kind")
                    .build();

    @Inject private MetricRegistry metrics;

    @Resource private TransactionSynchronizationRegistry transactions;

    /** {@code queue}: a destination's JNDI or queue name; its last segment is the tag. */
    public void messages(String queue, String result, long count) {
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

    public void breaks(Collection<BreakKind> recorded) {
        for (BreakKind kind : recorded) {
            AfterCommit.run(
                    transactions,
                    () -> metrics.counter(BREAKS, new Tag("kind", kind.name())).inc());
        }
    }
}
