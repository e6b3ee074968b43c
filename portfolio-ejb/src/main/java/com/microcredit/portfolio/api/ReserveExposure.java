package com.microcredit.portfolio.api;

import java.math.BigDecimal;

/** Reserves an amount against one limit; joins the caller's transaction. */
public record ReserveExposure(LimitType type, String key, BigDecimal amount, String currency) {
}
