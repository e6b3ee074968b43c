package com.microcredit.portfolio.api;

import java.math.BigDecimal;

/**
 * A limit the system sets itself (e.g. a hub's chain limit at onboarding); recorded in the change
 * history. Staff change limits only through {@link LimitChangeService} (dual control).
 */
public record DefineLimit(
        LimitType type, String key, BigDecimal amount, String currency, String reason) {}
