package com.microcredit.origination.domain.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A variable of a scorecard with its bins. Every value falls in exactly one bin: a numeric value in
 * the interval that holds it (or the missing bin), a category in the bin that lists it, any other
 * category in the "other" bin (or, without one, the bin with the lowest points – an unseen value is
 * never rewarded).
 */
public final class Characteristic {

    public enum Kind {
        NUMERIC,
        NOMINAL
    }

    private final String name;
    private final Kind kind;
    private final List<ScorecardBin> bins;
    private final double[] upperBounds;
    private final int[] intervalBins;
    private final Map<String, Integer> categoryBins = new HashMap<>();
    private final int missingBin;
    private final int fallbackBin;
    private final int maxPoints;

    public Characteristic(String name, Kind kind, List<ScorecardBin> bins) {
        if (bins == null || bins.isEmpty()) {
            throw new IllegalArgumentException(name + " has no bins");
        }
        this.name = name;
        this.kind = kind;
        this.bins = List.copyOf(bins);
        int missing = -1;
        int other = -1;
        int worst = 0;
        int intervals = 0;
        for (int i = 0; i < this.bins.size(); i++) {
            ScorecardBin b = this.bins.get(i);
            if (b.missing()) {
                missing = i;
            } else if (b.otherCategories()) {
                other = i;
            } else if (kind == Kind.NUMERIC) {
                intervals++;
            }
            b.categories().forEach(c -> categoryBins.put(c, bins.indexOf(b)));
            if (b.points() < this.bins.get(worst).points()) {
                worst = i;
            }
        }
        upperBounds = new double[intervals];
        intervalBins = new int[intervals];
        int k = 0;
        for (int i = 0; i < this.bins.size(); i++) {
            ScorecardBin b = this.bins.get(i);
            if (kind == Kind.NUMERIC && !b.missing() && !b.otherCategories()) {
                upperBounds[k] = b.upper() == null ? Double.POSITIVE_INFINITY : b.upper();
                intervalBins[k++] = i;
            }
        }
        for (int j = 1; j < upperBounds.length; j++) {
            if (upperBounds[j] <= upperBounds[j - 1]) {
                throw new IllegalArgumentException(
                        name + ": intervals must be ascending and disjoint");
            }
        }
        this.missingBin = missing >= 0 ? missing : worst;
        this.fallbackBin = other >= 0 ? other : worst;
        this.maxPoints = this.bins.stream().mapToInt(ScorecardBin::points).max().orElseThrow();
    }

    /** The index of the bin a raw value falls in; null, blank or "?" is missing. */
    public int binIndex(String value) {
        if (value == null || value.isBlank() || "?".equals(value)) {
            return missingBin;
        }
        if (kind == Kind.NOMINAL) {
            Integer i = categoryBins.get(value);
            return i == null ? fallbackBin : i;
        }
        double v;
        try {
            v = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return missingBin;
        }
        return binIndex(v);
    }

    public int binIndex(double v) {
        if (Double.isNaN(v) || upperBounds.length == 0) {
            return missingBin;
        }
        int pos = Arrays.binarySearch(upperBounds, v);
        int slot = pos >= 0 ? pos + 1 : -pos - 1;
        return slot >= intervalBins.length
                ? intervalBins[intervalBins.length - 1]
                : intervalBins[slot];
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public List<ScorecardBin> bins() {
        return bins;
    }

    public ScorecardBin bin(int index) {
        return bins.get(index);
    }

    /**
     * The points of the best bin: what an applicant loses against it is the basis of reason codes.
     */
    public int maxPoints() {
        return maxPoints;
    }
}
