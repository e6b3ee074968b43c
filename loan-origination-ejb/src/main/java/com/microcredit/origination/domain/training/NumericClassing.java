package com.microcredit.origination.domain.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The numeric steps of coarse classing: quantile fine classes, classes below the minimum share
 * merged into the neighbour with the closer bad rate, then adjacent classes pooled until the bad
 * rate is monotonic in the direction that keeps more information value.
 */
final class NumericClassing {

    private NumericClassing() {}

    /** Quantile classes on distinct values: class k holds values in [cut(k), cut(k+1)). */
    static List<BinGroup> fineClasses(List<double[]> points, int fineBins) {
        points.sort(Comparator.comparingDouble(p -> p[0]));
        List<BinGroup> groups = new ArrayList<>();
        int n = points.size();
        int i = 0;
        while (i < n) {
            BinGroup g = new BinGroup();
            g.lower = groups.isEmpty() ? null : points.get(i)[0];
            int target = (int) Math.ceil((double) n * (groups.size() + 1) / fineBins);
            do {
                double v = points.get(i)[0];
                while (i < n && points.get(i)[0] == v) {
                    g.add((int) points.get(i)[1]);
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

    static void mergeSmall(List<BinGroup> groups, int minCount) {
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

    private static void mergeAdjacent(List<BinGroup> groups, int left) {
        groups.get(left).absorb(groups.get(left + 1));
        groups.remove(left + 1);
    }

    /**
     * Pools adjacent violators until bad rates rise (or fall) throughout; keeps the direction with
     * more IV.
     */
    static List<BinGroup> monotone(List<BinGroup> groups, int totalGoods, int totalBads) {
        List<BinGroup> rising = pool(copy(groups), true);
        List<BinGroup> falling = pool(copy(groups), false);
        return iv(rising, totalGoods, totalBads) >= iv(falling, totalGoods, totalBads)
                ? rising
                : falling;
    }

    private static List<BinGroup> pool(List<BinGroup> groups, boolean rising) {
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

    private static List<BinGroup> copy(List<BinGroup> groups) {
        List<BinGroup> copy = new ArrayList<>();
        for (BinGroup g : groups) {
            BinGroup c = new BinGroup();
            c.lower = g.lower;
            c.upper = g.upper;
            c.goods = g.goods;
            c.bads = g.bads;
            c.categories.addAll(g.categories);
            copy.add(c);
        }
        return copy;
    }

    private static double iv(List<BinGroup> groups, int totalGoods, int totalBads) {
        return groups.stream()
                .mapToDouble(
                        g ->
                                WeightOfEvidence.informationValue(
                                        g.goods, g.bads, totalGoods, totalBads, groups.size()))
                .sum();
    }
}
