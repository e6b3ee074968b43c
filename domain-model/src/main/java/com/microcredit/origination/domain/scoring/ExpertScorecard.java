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
 * codes are the characteristics that lost the most points against their best bin (at most three),
 * only from data the applicant has: points lost for want of data (no months, no trend, no rating)
 * count in the score but give one reason, {@code THIN_FILE} (issue 26). A scorecard trained on the
 * bank's own data replaces these expert points (issue 7); the scaling and reason-code rule stay.
 */
public final class ExpertScorecard {

    public static final String VERSION = "expert-v1";
    private static final int BEST_SCORE = 660;

    private ExpertScorecard() {}

    /**
     * Points lost on one characteristic; {@code evidenced} is false when the applicant has no data
     * for it (the points are lost all the same, but the characteristic is no reason: nothing was
     * seen to be declining, late or short).
     */
    private record Loss(String reasonCode, int points, boolean evidenced) {}

    /** The reason code of the points lost for want of data: the file is thin (issue 26). */
    public static final String THIN_FILE = "THIN_FILE";

    public static ScoreResult score(AlternativeDataProfile p) {
        List<Loss> losses = new ArrayList<>();
        int tax = p.months(DataSource.TAX);
        losses.add(
                new Loss(
                        "TAX_HISTORY_SHORT",
                        tax == 0 ? 60 : tax < 12 ? 40 : tax < 24 ? 15 : 0,
                        tax > 0));
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
                                .orElse(10),
                        late.isPresent()));
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
                                .orElse(15),
                        trend.isPresent()));
        int social = p.months(DataSource.SOCIAL_SECURITY);
        losses.add(
                new Loss(
                        "SOCIAL_SECURITY_SHORT",
                        social == 0 ? 25 : social < 12 ? 15 : 0,
                        social > 0));
        int housing = p.months(DataSource.HOUSING_FUND);
        losses.add(
                new Loss(
                        "HOUSING_FUND_SHORT",
                        housing == 0 ? 10 : housing < 12 ? 5 : 0,
                        housing > 0));
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
                                .orElse(10),
                        rating.isPresent()));
        int judgments = p.courtJudgments();
        losses.add(
                new Loss("COURT_JUDGMENTS", judgments >= 2 ? 70 : judgments == 1 ? 35 : 0, true));

        int score = BEST_SCORE - losses.stream().mapToInt(Loss::points).sum();
        return new ScoreResult(score, probabilityOfDefault(score), reasons(losses));
    }

    /**
     * The characteristics with evidence that lost the most points, and the points lost for want of
     * data together as one {@link #THIN_FILE} reason, ranked among them; at most three.
     */
    private static List<String> reasons(List<Loss> losses) {
        List<Loss> ranked = new ArrayList<>();
        int unseen = 0;
        for (Loss l : losses) {
            if (l.evidenced()) {
                ranked.add(l);
            } else {
                unseen += l.points();
            }
        }
        ranked.add(new Loss(THIN_FILE, unseen, false));
        return ranked.stream()
                .filter(l -> l.points() > 0)
                .sorted(Comparator.comparingInt(Loss::points).reversed())
                .limit(3)
                .map(Loss::reasonCode)
                .toList();
    }

    /** PD from the score's odds; a probability, not money, so double precision is adequate. */
    public static BigDecimal probabilityOfDefault(int score) {
        double odds = 50.0 * Math.pow(2.0, (score - 600) / 40.0);
        return BigDecimal.valueOf(1.0 / (1.0 + odds)).setScale(6, RoundingMode.HALF_EVEN);
    }
}
