package com.microcredit.origination.domain.training;

import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.ScorecardBin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Coarse classing. Numeric variables: quantile fine classes, classes below the minimum share merged
 * into the neighbour with the closer bad rate, then adjacent classes pooled until the bad rate is
 * monotonic (in the direction that keeps more information value); missing values get a bin of their
 * own. Nominal variables: one bin per category, categories below the minimum share merged into
 * "other" (which also takes categories never seen in training).
 */
public final class Binner {

    private Binner() {}

    /**
     * A class under construction: its lower bound (null = open), counts and the categories in it.
     */
    private static final class Group {
        Double lower;
        Double upper;
        int goods;
        int bads;
        boolean other;
        final Set<String> categories = new TreeSet<>();

        int count() {
            return goods + bads;
        }

        double badRate() {
            return count() == 0 ? 0 : (double) bads / count();
        }

        void absorb(Group other) {
            goods += other.goods;
            bads += other.bads;
            categories.addAll(other.categories);
            if (other.upper == null || (upper != null && other.upper > upper)) {
                upper = other.upper;
            }
            if (other.lower == null || (lower != null && other.lower < lower)) {
                lower = other.lower;
            }
        }
    }

    public static VariableBinning bin(
            DataSet data, String variable, int[] bad, TrainingOptions options) {
        int column = data.index(variable);
        DataSet.Kind kind = data.kind(variable);
        int totalBads = Arrays.stream(bad).sum();
        int totalGoods = bad.length - totalBads;
        int minCount = (int) Math.ceil(options.minBinShare() * bad.length);
        Group missing = new Group();
        List<Group> groups;
        boolean monotonic = false;
        if (kind == DataSet.Kind.NUMERIC) {
            List<double[]> points = new ArrayList<>();
            for (int r = 0; r < data.size(); r++) {
                Double v = number(data.value(r, column));
                if (v == null) {
                    count(missing, bad[r]);
                } else {
                    points.add(new double[] {v, bad[r]});
                }
            }
            groups = fineClasses(points, options.fineBins());
            mergeSmall(groups, minCount);
            groups = monotone(groups, totalGoods, totalBads);
            monotonic = true;
        } else {
            Map<String, Group> byCategory = new LinkedHashMap<>();
            for (int r = 0; r < data.size(); r++) {
                String v = data.value(r, column);
                if (v == null) {
                    count(missing, bad[r]);
                } else {
                    Group g = byCategory.computeIfAbsent(v, k -> new Group());
                    g.categories.add(v);
                    count(g, bad[r]);
                }
            }
            groups = categories(byCategory, minCount);
        }
        return finish(variable, kind, groups, missing, totalGoods, totalBads, monotonic);
    }

    private static void count(Group g, int bad) {
        if (bad == 1) {
            g.bads++;
        } else {
            g.goods++;
        }
    }

    static Double number(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(raw.trim());
            return Double.isNaN(v) ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Quantile classes on distinct values: class k holds values in [cut(k), cut(k+1)). */
    private static List<Group> fineClasses(List<double[]> points, int fineBins) {
        points.sort(Comparator.comparingDouble(p -> p[0]));
        List<Group> groups = new ArrayList<>();
        int n = points.size();
        int i = 0;
        while (i < n) {
            Group g = new Group();
            g.lower = groups.isEmpty() ? null : points.get(i)[0];
            int target = (int) Math.ceil((double) n * (groups.size() + 1) / fineBins);
            do {
                double v = points.get(i)[0];
                while (i < n && points.get(i)[0] == v) {
                    count(g, (int) points.get(i)[1]);
                    i++;
                }
            } while (i < n && i < target);
            if (!groups.isEmpty()) {
                groups.get(groups.size() - 1).upper = g.lower;
            }
            groups.add(g);
        }
        return groups;
    }

    private static void mergeSmall(List<Group> groups, int minCount) {
        while (groups.size() > 1) {
            int smallest = -1;
            for (int k = 0; k < groups.size(); k++) {
                if (groups.get(k).count() < minCount
                        && (smallest < 0 || groups.get(k).count() < groups.get(smallest).count())) {
                    smallest = k;
                }
            }
            if (smallest < 0) {
                return;
            }
            int neighbour;
            if (smallest == 0) {
                neighbour = 1;
            } else if (smallest == groups.size() - 1) {
                neighbour = smallest - 1;
            } else {
                double rate = groups.get(smallest).badRate();
                neighbour =
                        Math.abs(groups.get(smallest - 1).badRate() - rate)
                                        <= Math.abs(groups.get(smallest + 1).badRate() - rate)
                                ? smallest - 1
                                : smallest + 1;
            }
            mergeAdjacent(groups, Math.min(smallest, neighbour));
        }
    }

    private static void mergeAdjacent(List<Group> groups, int left) {
        groups.get(left).absorb(groups.get(left + 1));
        groups.remove(left + 1);
    }

    /**
     * Pools adjacent violators until bad rates rise (or fall) throughout; keeps the direction with
     * more IV.
     */
    private static List<Group> monotone(List<Group> groups, int totalGoods, int totalBads) {
        List<Group> rising = pool(copy(groups), true);
        List<Group> falling = pool(copy(groups), false);
        return iv(rising, totalGoods, totalBads) >= iv(falling, totalGoods, totalBads)
                ? rising
                : falling;
    }

    private static List<Group> pool(List<Group> groups, boolean rising) {
        boolean changed = true;
        while (changed && groups.size() > 1) {
            changed = false;
            for (int k = 0; k + 1 < groups.size(); k++) {
                double a = groups.get(k).badRate();
                double b = groups.get(k + 1).badRate();
                if (rising ? b < a : b > a) {
                    mergeAdjacent(groups, k);
                    changed = true;
                    break;
                }
            }
        }
        return groups;
    }

    private static List<Group> copy(List<Group> groups) {
        List<Group> copy = new ArrayList<>();
        for (Group g : groups) {
            Group c = new Group();
            c.lower = g.lower;
            c.upper = g.upper;
            c.goods = g.goods;
            c.bads = g.bads;
            c.categories.addAll(g.categories);
            copy.add(c);
        }
        return copy;
    }

    private static double iv(List<Group> groups, int totalGoods, int totalBads) {
        return groups.stream()
                .mapToDouble(
                        g ->
                                WeightOfEvidence.informationValue(
                                        g.goods, g.bads, totalGoods, totalBads, groups.size()))
                .sum();
    }

    /**
     * Categories below the minimum share go to "other"; a too-small "other" joins the category
     * closest in bad rate.
     */
    private static List<Group> categories(Map<String, Group> byCategory, int minCount) {
        List<Group> kept = new ArrayList<>();
        Group other = new Group();
        other.other = true;
        for (Group g : byCategory.values()) {
            if (g.count() >= minCount) {
                kept.add(g);
            } else {
                other.absorb(g);
            }
        }
        if (kept.isEmpty()) {
            other.other = false;
            kept.add(other);
            return kept;
        }
        if (other.count() > 0 && other.count() < minCount) {
            Group closest =
                    kept.stream()
                            .min(
                                    Comparator.comparingDouble(
                                            g -> Math.abs(g.badRate() - other.badRate())))
                            .orElseThrow();
            closest.absorb(other);
            return withOther(kept, null);
        }
        return withOther(kept, other.count() > 0 ? other : null);
    }

    private static List<Group> withOther(List<Group> kept, Group other) {
        kept.sort(Comparator.comparingDouble(Group::badRate).reversed());
        if (other != null) {
            kept.add(other);
        }
        return kept;
    }

    private static VariableBinning finish(
            String variable,
            DataSet.Kind kind,
            List<Group> groups,
            Group missing,
            int totalGoods,
            int totalBads,
            boolean monotonic) {
        int binCount = groups.size() + (missing.count() > 0 ? 1 : 0);
        List<ScorecardBin> bins = new ArrayList<>();
        double iv = 0;
        boolean nominal = kind == DataSet.Kind.NOMINAL;
        for (int k = 0; k < groups.size(); k++) {
            Group g = groups.get(k);
            double woe = WeightOfEvidence.woe(g.goods, g.bads, totalGoods, totalBads, binCount);
            iv +=
                    WeightOfEvidence.informationValue(
                            g.goods, g.bads, totalGoods, totalBads, binCount);
            if (nominal) {
                bins.add(
                        new ScorecardBin(
                                k,
                                g.other
                                        ? "other: " + String.join(", ", g.categories)
                                        : String.join(", ", g.categories),
                                null,
                                null,
                                g.categories,
                                false,
                                g.other,
                                g.goods,
                                g.bads,
                                woe,
                                0));
            } else {
                bins.add(ScorecardBin.interval(k, g.lower, g.upper, g.goods, g.bads, woe, 0));
            }
        }
        if (missing.count() > 0) {
            double woe =
                    WeightOfEvidence.woe(
                            missing.goods, missing.bads, totalGoods, totalBads, binCount);
            iv +=
                    WeightOfEvidence.informationValue(
                            missing.goods, missing.bads, totalGoods, totalBads, binCount);
            bins.add(
                    new ScorecardBin(
                            bins.size(),
                            "missing",
                            null,
                            null,
                            Set.of(),
                            true,
                            false,
                            missing.goods,
                            missing.bads,
                            woe,
                            0));
        }
        Characteristic.Kind k = nominal ? Characteristic.Kind.NOMINAL : Characteristic.Kind.NUMERIC;
        return new VariableBinning(variable, k, bins, iv, monotonic);
    }
}
