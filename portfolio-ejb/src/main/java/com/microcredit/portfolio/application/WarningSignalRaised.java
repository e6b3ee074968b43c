package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.WarningSignalView;

/**
 * CDI event fired inside the transaction that raised a signal or raised its level: observers that
 * must act durably (the outbound warning event to core banking) observe it in the same transaction,
 * so they happen exactly when the signal commits. {@code escalated} is false for a repeated
 * sighting at the same level, which observers usually ignore.
 */
public record WarningSignalRaised(WarningSignalView signal, boolean newSignal, boolean escalated) {}
