package com.microcredit.protection.api;

import java.time.Instant;
import java.util.List;

/**
 * The auditor's filters; every field is optional. {@code from} inclusive, {@code to} exclusive;
 * {@code actor} and {@code subjectId} match exactly; {@code subjectIds}, when not empty, is a set
 * the subject id must be one of; {@code borrowerIds}, when not empty, the borrowers a row must be
 * about, whatever its subject (a borrower, its applications, its financings: the borrowers a name
 * matched, issue 26); at most {@code maxResults} rows, newest first.
 */
public record AuditQuery(
        Instant from,
        Instant to,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        List<String> subjectIds,
        int maxResults,
        List<Long> borrowerIds) {

    public AuditQuery {
        subjectIds = subjectIds == null ? List.of() : List.copyOf(subjectIds);
        borrowerIds = borrowerIds == null ? List.of() : List.copyOf(borrowerIds);
    }

    public AuditQuery(
            Instant from,
            Instant to,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            List<String> subjectIds,
            int maxResults) {
        this(from, to, actor, action, subjectType, subjectId, subjectIds, maxResults, List.of());
    }
}
