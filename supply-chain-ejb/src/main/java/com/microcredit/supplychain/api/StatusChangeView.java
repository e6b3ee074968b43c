package com.microcredit.supplychain.api;

import java.time.Instant;

/**
 * A hub status change (source INDICATORS or MANUAL; state PROPOSED, APPLIED or REJECTED) for pages
 * and the audit trail.
 */
public record StatusChangeView(
        long id,
        long hubId,
        String hubName,
        String fromStatus,
        String toStatus,
        String source,
        String state,
        String reason,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote) {}
