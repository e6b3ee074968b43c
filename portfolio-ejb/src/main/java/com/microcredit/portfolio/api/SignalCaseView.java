package com.microcredit.portfolio.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A signal as a case to work: the signal, its owner role and owner (null until someone of the role
 * acknowledges), the due date, escalations so far, whether it is overdue on the business date, and
 * its actions (empty in queue lists).
 */
public record SignalCaseView(
        WarningSignalView signal,
        String ownerRole,
        String owner,
        LocalDate dueOn,
        int escalations,
        boolean overdue,
        List<SignalActionView> actions) {}
