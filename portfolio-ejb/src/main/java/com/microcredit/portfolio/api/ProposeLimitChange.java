package com.microcredit.portfolio.api;

import java.math.BigDecimal;

/** A proposed new amount for a limit (a new limit if none exists for the type and key). */
public record ProposeLimitChange(
        LimitType type, String key, BigDecimal amount, String currency, String reason) {}
