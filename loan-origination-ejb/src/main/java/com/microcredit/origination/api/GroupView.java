package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.util.Set;

/** A joint-liability group; status ACTIVE or BLOCKED (statusReason says why). */
public record GroupView(
        long id,
        String name,
        long accountManagerId,
        int maxSize,
        String status,
        String statusReason,
        BigDecimal minimumDeposit,
        Set<Long> memberBorrowerIds) {}
