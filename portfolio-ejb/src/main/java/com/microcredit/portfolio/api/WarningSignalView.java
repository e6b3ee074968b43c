package com.microcredit.portfolio.api;

import java.time.Instant;

/** An early-warning signal as pages, reports and events show it. */
public record WarningSignalView(
        long id,
        long borrowerId,
        String loanReference,
        String indicator,
        WarningLevel level,
        String evidence,
        String source,
        String status,
        Instant raisedAt,
        Instant lastSeenAt,
        int sightings,
        Instant closedAt,
        String closedBy,
        String closingNote) {

    public boolean open() {
        return closedAt == null;
    }
}
