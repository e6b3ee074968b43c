package com.microcredit.protection.api;

import java.time.Instant;

/** One audit row as the auditor's page shows it. */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String detail,
        String clientAddress) {}
