package com.microcredit.protection.api;

import java.time.Instant;

/**
 * An abnormal-look-up alert for risk managers (kind OUTSIDE_BOOK or QUERY_VOLUME; status OPEN or
 * ACKNOWLEDGED).
 */
public record SecurityAlertView(
        long id,
        Instant raisedAt,
        String kind,
        String actor,
        Long borrowerId,
        String detail,
        String status,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String acknowledgementNote) {}
