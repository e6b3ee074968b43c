package com.microcredit.portfolio.api;

import java.math.BigDecimal;

/** A limit and its utilisation as other modules and pages see it. */
public record LimitView(long id, LimitType type, String key, String currency, BigDecimal limit, BigDecimal utilised) {

    public BigDecimal available() {
        return limit.subtract(utilised);
    }
}
