package com.microcredit.origination.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The shipped points scorecard over alternative data ("expert v1"): each characteristic's best bin
 * scores 0 and worse bins lose points; score = 660 + points. Scaling: 600 points at odds 50:1
 * (good:bad), 40 points to double the odds, so PD = 1 / (1 + 50 × 2^((score − 600) / 40)). Reason
 * codes are the characteristics that lost the most points against their best bin (at most three). A
 * scorecard trained on the bank's own data replaces these expert points (issue 7); the scaling and
 * reason-code rule stay.
 */
public final class ExpertScorecard {

    public static final String VERSION = "expert-v1";
    private static final int BEST_SCORE = 660;

    private ExpertScorecard() {}

    private record Loss(String reasonCode, int points) {}

    public static ScoreResult score(AlternativeDataProfile p) {
        List<Loss> losses = new ArrayList<>();
        int tax = p.months(DataSource.TAX);
        losses.add(
                new Loss("TAX_HISTORY_SHORT", tax == 0 ? 60 : tax < 12 ? 40 : tax < 24 ? 15 : 0));
        Optional<BigDecimal> late = p.taxLateShare();
        losses.add(
                new Loss(
                        "TAX_PAID_LATE",
                        late.map(
                                        s ->
                                                s.compareTo(new BigDecimal("0.20")) > 0
                                                        ? 45
                                                        : s.compareTo(new BigDecimal("0.05")) >= 0
                                                                ? 20
                                                                : 0)
                                .orElse(10)));
        Optional<BigDecimal> trend = p.electricityTrend();
        losses.add(
                new Loss(
                        "UTILITY_USE_DECLINING",
                        trend.map(
                                        t ->
                                                t.compareTo(new BigDecimal("0.70")) < 0
                                                        ? 45
                                                        : t.compareTo(new BigDecimal("0.90")) < 0
                                                                ? 20
                                                                : 0)
                                .orElse(15)));
        int social = p.months(DataSource.SOCIAL_SECURITY);
        losses.add(new Loss("SOCIAL_SECURITY_SHORT", social == 0 ? 25 : social < 12 ? 15 : 0));
        int housing = p.months(DataSource.HOUSING_FUND);
        losses.add(new Loss("HOUSING_FUND_SHORT", housing == 0 ? 10 : housing < 12 ? 5 : 0));
        Optional<BigDecimal> rating = p.averageRating();
        losses.add(
                new Loss(
                        "CUSTOMER_RATING_LOW",
                        rating.map(
                                        r ->
                                                r.compareTo(new BigDecimal("4.0")) < 0
                                                        ? 25
                                                        : r.compareTo(new BigDecimal("4.5")) <= 0
                                                                ? 8
                                                                : 0)
                                .orElse(10)));
        int judgments = p.courtJudgments();
        losses.add(new Loss("COURT_JUDGMENTS", judgments >= 2 ? 70 : judgments == 1 ? 35 : 0));

        int score = BEST_SCORE - losses.stream().mapToInt(Loss::points).sum();
        List<String> reasons =
                losses.stream()
                        .filter(l -> l.points() > 0)
                        .sorted(Comparator.comparingInt(Loss::points).reversed())
                        .limit(3)
                        .map(Loss::reasonCode)
                        .toList();
        return new ScoreResult(score, probabilityOfDefault(score), reasons);
    }

    /** PD from the score's odds; a probability, not money, so double precision is adequate. */
    public static BigDecimal probabilityOfDefault(int score) {
        double odds = 50.0 * Math.pow(2.0, (score - 600) / 40.0);
        return BigDecimal.valueOf(1.0 / (1.0 + odds)).setScale(6, RoundingMode.HALF_EVEN);
    }
}
