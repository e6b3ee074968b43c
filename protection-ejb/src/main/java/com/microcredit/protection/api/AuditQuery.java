package com.microcredit.protection.api;

import java.time.Instant;

/**
 * The auditor's filters; every field is optional. {@code from} inclusive, {@code to} exclusive;
 * {@code actor} and {@code subjectId} match exactly; at most {@code maxResults} rows, newest first.
 */
public record AuditQuery(
        Instant from,
        Instant to,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        int maxResults) {}
