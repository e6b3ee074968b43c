package com.microcredit.origination.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** status: VALID, EXPIRED or REVOKED (as of today in the bank's zone). */
public record ConsentView(
        long id,
        long borrowerId,
        String purpose,
        List<String> sources,
        Instant grantedAt,
        String recordedBy,
        LocalDate expiresOn,
        String evidenceReference,
        String status,
        Instant revokedAt,
        String revocationReason) {}
