package com.microcredit.origination.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points scaling of a scorecard: {@code baseScore} points at good:bad odds of {@code baseOdds}, and
 * {@code pointsToDouble} more points for twice the odds. Score = offset + factor × ln(odds), factor
 * = pointsToDouble / ln 2, offset = baseScore − factor × ln(baseOdds).
 */
public record Scaling(int baseScore, double baseOdds, int pointsToDouble) {

    public Scaling {
        if (baseOdds <= 0 || pointsToDouble <= 0) {
            throw new IllegalArgumentException(
                    "base odds and points to double the odds must be positive");
        }
    }

    public double factor() {
        return pointsToDouble / Math.log(2);
    }

    public double offset() {
        return baseScore - factor() * Math.log(baseOdds);
    }

    /**
     * Probability of default at a score (a probability, not money: double precision is adequate).
     */
    public double probabilityOfDefault(double score) {
        return 1.0 / (1.0 + Math.exp((score - offset()) / factor()));
    }

    public BigDecimal probabilityOfDefaultAt(int score) {
        return BigDecimal.valueOf(probabilityOfDefault(score)).setScale(6, RoundingMode.HALF_EVEN);
    }
}
