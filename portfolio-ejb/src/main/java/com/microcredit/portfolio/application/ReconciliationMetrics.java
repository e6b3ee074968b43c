package com.microcredit.portfolio.application;

import com.microcredit.platform.api.AfterCommit;
import com.microcredit.portfolio.domain.settlement.BreakKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The reconciliation's operations metric (Prometheus {@code mcrc_reconciliation_breaks_total} by
 * kind), counted when the transaction that recorded the breaks commits. The inbound message counts
 * are the platform's ({@code InboundMetrics}).
 */
@ApplicationScoped
public class ReconciliationMetrics {

    static final Metadata BREAKS =
            Metadata.builder()
                    .withName("mcrc.reconciliation.breaks")
                    .withDescription(
                            "Reconciliation breaks recorded (new ones; one found again is not"
                                    + " counted), by kind")
                    .build();

    @Inject private MetricRegistry metrics;

    @Resource private TransactionSynchronizationRegistry transactions;

    public void breaks(Collection<BreakKind> recorded) {
        for (BreakKind kind : recorded) {
            AfterCommit.run(
                    transactions,
                    () -> metrics.counter(BREAKS, new Tag("kind", kind.name())).inc());
        }
    }
}
