package com.microcredit.portfolio.domain.indicator;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one loan (or borrower) for the indicators, with what was seen; a missing figure is
 * unknown.
 */
public final class LoanFigures {

    private final Map<Indicator, BigDecimal> figures = new EnumMap<>(Indicator.class);
    private final Map<Indicator, String> seen = new EnumMap<>(Indicator.class);

    public LoanFigures with(Indicator indicator, BigDecimal figure, String observed) {
        if (figure != null) {
            figures.put(indicator, figure);
            if (observed != null) {
                seen.put(indicator, observed);
            }
        }
        return this;
    }

    public LoanFigures with(Indicator indicator, long figure, String observed) {
        return with(indicator, BigDecimal.valueOf(figure), observed);
    }

    public BigDecimal figure(Indicator indicator) {
        return figures.get(indicator);
    }

    public String seen(Indicator indicator) {
        return seen.get(indicator);
    }
}
