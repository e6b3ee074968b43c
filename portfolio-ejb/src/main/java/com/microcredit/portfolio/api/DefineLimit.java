package com.microcredit.portfolio.api;

import java.math.BigDecimal;

/** Sets up a new exposure limit along one dimension and key. */
public record DefineLimit(LimitType type, String key, BigDecimal amount, String currency) {
}
