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

/**
 * Coarse classing. Numeric variables: quantile fine classes, classes below the minimum share merged
 * into the neighbour with the closer bad rate, then adjacent classes pooled until the bad rate is
 * monotonic (in the direction that keeps more information value); missing values get a bin of their
 * own. Nominal variables: one bin per category, categories below the minimum share merged into
 * "other" (which also takes categories never seen in training). The numeric steps are in {@link
 * NumericClassing}.
 */
public final class Binner {

    private Binner() {}

    public static VariableBinning bin(
            DataSet data, String variable, int[] bad, TrainingOptions options) {
        int column = data.index(variable);
        DataSet.Kind kind = data.kind(variable);
        int totalBads = Arrays.stream(bad).sum();
        int totalGoods = bad.length - totalBads;
        int minCount = (int) Math.ceil(options.minBinShare() * bad.length);
        BinGroup missing = new BinGroup();
        List<BinGroup> groups;
        boolean monotonic = false;
        if (kind == DataSet.Kind.NUMERIC) {
            List<double[]> points = new ArrayList<>();
            for (int r = 0; r < data.size(); r++) {
                Double v = number(data.value(r, column));
                if (v == null) {
                    missing.add(bad[r]);
                } else {
                    points.add(new double[] {v, bad[r]});
                }
            }
            groups = NumericClassing.fineClasses(points, options.fineBins());
            NumericClassing.mergeSmall(groups, minCount);
            groups = NumericClassing.monotone(groups, totalGoods, totalBads);
            monotonic = true;
        } else {
            Map<String, BinGroup> byCategory = new LinkedHashMap<>();
            for (int r = 0; r < data.size(); r++) {
                String v = data.value(r, column);
                if (v == null) {
                    missing.add(bad[r]);
                } else {
                    BinGroup g = byCategory.computeIfAbsent(v, k -> new BinGroup());
                    g.categories.add(v);
                    g.add(bad[r]);
                }
            }
            groups = categories(byCategory, minCount);
        }
        return finish(variable, kind, groups, missing, totalGoods, totalBads, monotonic);
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

    /**
     * Categories below the minimum share go to "other"; a too-small "other" joins the category
     * closest in bad rate.
     */
    private static List<BinGroup> categories(Map<String, BinGroup> byCategory, int minCount) {
        List<BinGroup> kept = new ArrayList<>();
        BinGroup other = new BinGroup();
        other.other = true;
        for (BinGroup g : byCategory.values()) {
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
            BinGroup closest =
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

    private static List<BinGroup> withOther(List<BinGroup> kept, BinGroup other) {
        kept.sort(Comparator.comparingDouble(BinGroup::badRate).reversed());
        if (other != null) {
            kept.add(other);
        }
        return kept;
    }

    private static VariableBinning finish(
            String variable,
            DataSet.Kind kind,
            List<BinGroup> groups,
            BinGroup missing,
            int totalGoods,
            int totalBads,
            boolean monotonic) {
        int binCount = groups.size() + (missing.count() > 0 ? 1 : 0);
        List<ScorecardBin> bins = new ArrayList<>();
        double iv = 0;
        boolean nominal = kind == DataSet.Kind.NOMINAL;
        for (int k = 0; k < groups.size(); k++) {
            BinGroup g = groups.get(k);
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
