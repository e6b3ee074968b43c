package com.microcredit.portfolio.application;

import java.util.List;

/**
 * The signals a batch of warnings created or escalated ({@code EarlyWarningService.raiseAll}, the
 * nightly run's chunks), fired once per batch inside its transaction: observers handle the batch
 * together (one CDI dispatch and one JMS producer for a chunk's hundreds of signals instead of one
 * each – the per-signal dispatch was a fifth of the nightly run's time, docs/benchmarks.md).
 */
public record WarningSignalsRaised(List<WarningSignalRaised> signals) {

    public WarningSignalsRaised {
        signals = List.copyOf(signals);
    }
}
