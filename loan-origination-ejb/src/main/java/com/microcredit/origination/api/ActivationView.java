package com.microcredit.origination.api;

import java.time.Instant;

/**
 * A proposal to make a scorecard the champion or the challenger. status: PROPOSED, APPROVED or
 * REJECTED.
 */
public record ActivationView(
        long id,
        long scorecardId,
        String scorecardLabel,
        String role,
        String status,
        String reason,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote) {}
