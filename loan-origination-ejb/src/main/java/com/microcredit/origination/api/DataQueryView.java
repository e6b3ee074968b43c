package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A logged data query. outcome: ANSWERED, NO_DATA or REFUSED (reason says why). */
public record DataQueryView(long id, Instant queriedAt, String staffLogin, long borrowerId, String source,
        String purpose, String outcome, String reason, BigDecimal cost) {
}
