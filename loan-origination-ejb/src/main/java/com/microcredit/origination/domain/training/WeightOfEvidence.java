package com.microcredit.origination.domain.training;

/**
 * Weight of evidence of a bin, ln(%goods / %bads), and its share of the information value, (%goods
 * − %bads) × WOE. Half an observation is added to every count so that a bin without goods or
 * without bads keeps a finite weight (Laplace-style smoothing).
 */
public final class WeightOfEvidence {

    static final double SMOOTHING = 0.5;

    private WeightOfEvidence() {}

    public static double woe(int goods, int bads, int totalGoods, int totalBads, int bins) {
        return Math.log(goodShare(goods, totalGoods, bins) / badShare(bads, totalBads, bins));
    }

    public static double informationValue(
            int goods, int bads, int totalGoods, int totalBads, int bins) {
        double g = goodShare(goods, totalGoods, bins);
        double b = badShare(bads, totalBads, bins);
        return (g - b) * Math.log(g / b);
    }

    private static double goodShare(int goods, int totalGoods, int bins) {
        return (goods + SMOOTHING) / (totalGoods + SMOOTHING * bins);
    }

    private static double badShare(int bads, int totalBads, int bins) {
        return (bads + SMOOTHING) / (totalBads + SMOOTHING * bins);
    }
}
