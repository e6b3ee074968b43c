package com.microcredit.portfolio.api;

import java.math.BigDecimal;

/**
 * Reserves a loan's amount against every limit that applies, all or nothing, inside the caller's
 * transaction. The reference (the loan's id in origination) names the exposure from then on.
 */
public record ReserveExposure(
        String reference, BigDecimal amount, String currency, ExposureAttributes attributes) {}
