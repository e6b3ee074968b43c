package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An exposure in the book: amounts, classification, provisions, and the keys of the limits that
 * apply to it ("PRODUCT:GROUP_LOAN", ...); every defined limit with one of these keys holds its
 * outstanding.
 */
public record ExposureView(
        String reference,
        long borrowerId,
        String productCode,
        String informationPath,
        boolean blindLending,
        String currency,
        BigDecimal principal,
        BigDecimal outstanding,
        String status,
        int daysPastDue,
        String category,
        String qualitativeFloor,
        String floorReason,
        BigDecimal specificProvision,
        BigDecimal generalProvision,
        Instant bookedAt,
        List<String> limitKeys) {}
