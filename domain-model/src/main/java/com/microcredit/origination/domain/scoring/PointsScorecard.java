package com.microcredit.origination.domain.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A trained points scorecard: an applicant's score is the sum of the points of the bin each
 * characteristic's value falls in; the probability of default follows from the scaling. Reason
 * codes are the characteristics whose value lost the most points against that characteristic's best
 * bin, worst first, at most {@code maxReasons}; a characteristic in its best bin is never a reason.
 */
public final class PointsScorecard {

    private final List<Characteristic> characteristics;
    private final Scaling scaling;

    public PointsScorecard(List<Characteristic> characteristics, Scaling scaling) {
        if (characteristics.isEmpty()) {
            throw new IllegalArgumentException("a scorecard needs at least one characteristic");
        }
        this.characteristics = List.copyOf(characteristics);
        this.scaling = scaling;
    }

    /**
     * The score, PD and reason codes of one applicant whose values are given by characteristic
     * name.
     */
    public ScoreResult score(Map<String, String> applicant, int maxReasons) {
        int[] bins = binsOf(applicant);
        return result(bins, maxReasons);
    }

    /** Each characteristic's bin index for the applicant, in characteristic order. */
    public int[] binsOf(Map<String, String> applicant) {
        int[] bins = new int[characteristics.size()];
        for (int i = 0; i < bins.length; i++) {
            Characteristic c = characteristics.get(i);
            bins[i] = c.binIndex(applicant.get(c.name()));
        }
        return bins;
    }

    public int scoreOfBins(int[] bins) {
        int score = 0;
        for (int i = 0; i < bins.length; i++) {
            score += characteristics.get(i).bin(bins[i]).points();
        }
        return score;
    }

    public ScoreResult result(int[] bins, int maxReasons) {
        int score = scoreOfBins(bins);
        record Loss(String code, int points) {}
        List<Loss> losses = new ArrayList<>(bins.length);
        for (int i = 0; i < bins.length; i++) {
            Characteristic c = characteristics.get(i);
            int lost = c.maxPoints() - c.bin(bins[i]).points();
            if (lost > 0) {
                losses.add(new Loss(c.name(), lost));
            }
        }
        losses.sort(Comparator.comparingInt(Loss::points).reversed().thenComparing(Loss::code));
        List<String> reasons = losses.stream().limit(maxReasons).map(Loss::code).toList();
        return new ScoreResult(score, scaling.probabilityOfDefaultAt(score), reasons);
    }

    public List<Characteristic> characteristics() {
        return characteristics;
    }

    public List<String> variableNames() {
        return characteristics.stream().map(Characteristic::name).toList();
    }

    public Scaling scaling() {
        return scaling;
    }

    public int minScore() {
        return characteristics.stream()
                .mapToInt(c -> c.bins().stream().mapToInt(ScorecardBin::points).min().orElseThrow())
                .sum();
    }

    public int maxScore() {
        return characteristics.stream().mapToInt(Characteristic::maxPoints).sum();
    }
}
