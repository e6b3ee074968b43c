package com.microcredit.portfolio.api;

import java.time.Instant;
import java.time.LocalDate;

/** One action on a signal: what, who, when, due, and who completed it. */
public record SignalActionView(
        long id,
        long signalId,
        WarningAction action,
        String note,
        String takenBy,
        Instant takenAt,
        LocalDate dueOn,
        String completedBy,
        Instant completedAt) {

    public boolean completed() {
        return completedAt != null;
    }
}
