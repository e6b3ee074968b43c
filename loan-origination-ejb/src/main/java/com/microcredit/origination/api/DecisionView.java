package com.microcredit.origination.api;

import java.time.Instant;
import java.util.List;

/**
 * The decision: outcome APPROVE / DECLINE / REFER, the rule that decided it, reason codes, every
 * path's result and the paths the decision relied on. For a referral decided by a credit officer,
 * {@code automaticOutcome} keeps what the system said and {@code reviewedBy}/{@code reviewNote} who
 * decided and why.
 */
public record DecisionView(
        String outcome,
        String decidingRule,
        List<String> reasonCodes,
        List<String> pathsUsed,
        List<PathResultView> paths,
        String automaticOutcome,
        Instant decidedAt,
        String reviewedBy,
        String reviewNote,
        Instant reviewedAt,
        Integer score,
        java.math.BigDecimal probabilityOfDefault) {}
