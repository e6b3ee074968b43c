package com.microcredit.portfolio.domain.indicator;

import com.microcredit.portfolio.domain.warning.SignalLevel;
import java.math.BigDecimal;

/**
 * An indicator that fired: the level reached and the evidence (figure, thresholds, what was seen).
 */
public record IndicatorReading(
        Indicator indicator, SignalLevel level, BigDecimal figure, String evidence) {}
