package com.microcredit.origination.domain.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well scores separate goods from bads. Higher scores mean lower risk. AUC: the probability
 * that a random good scores above a random bad (ties count half); KS: the largest gap between the
 * cumulative score distributions of bads and goods; Gini = 2 × AUC − 1.
 */
public final class Performance {

    private Performance() {}

    public static double auc(double[] scores, int[] bad) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumGoods = 0;
        long goods = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (bad[order[k]] == 0) {
                    rankSumGoods += midRank;
                    goods++;
                }
            }
            i = j + 1;
        }
        long bads = n - goods;
        if (goods == 0 || bads == 0) {
            throw new IllegalArgumentException("AUC needs both goods and bads");
        }
        return (rankSumGoods - goods * (goods + 1) / 2.0) / ((double) goods * bads);
    }

    /** The KS statistic and the score at which it is reached (predict bad below that score). */
    public record Separation(double ks, double atScore) {}

    public static Separation ks(double[] scores, int[] bad) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        int totalBads = Arrays.stream(bad).sum();
        int totalGoods = bad.length - totalBads;
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double best = 0;
        double at = sorted[0];
        int cumBads = 0;
        int cumGoods = 0;
        int i = 0;
        while (i < order.length) {
            double s = scores[order[i]];
            while (i < order.length && scores[order[i]] == s) {
                if (bad[order[i]] == 1) {
                    cumBads++;
                } else {
                    cumGoods++;
                }
                i++;
            }
            double gap = (double) cumBads / totalBads - (double) cumGoods / totalGoods;
            if (gap > best + 1e-12) {
                best = gap;
                at = i < order.length ? scores[order[i]] : s + 1;
            }
        }
        return new Separation(best, at);
    }

    /** One score band: applicants, bads, the observed bad rate and the mean predicted PD. */
    public record Band(
            double fromScore,
            double toScore,
            int count,
            int bads,
            double observedBadRate,
            double predictedPd) {}

    /**
     * Calibration by score band: up to {@code bands} bands of about equal size, ties kept together.
     */
    public static List<Band> calibration(double[] scores, int[] bad, double[] pd, int bands) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        List<Band> result = new ArrayList<>();
        int n = order.length;
        int i = 0;
        while (i < n) {
            int end = Math.max(i + 1, (int) Math.round((double) n * (result.size() + 1) / bands));
            while (end < n && scores[order[end]] == scores[order[end - 1]]) {
                end++;
            }
            end = Math.min(end, n);
            int count = end - i;
            int bads = 0;
            double pdSum = 0;
            for (int k = i; k < end; k++) {
                bads += bad[order[k]];
                pdSum += pd[order[k]];
            }
            result.add(
                    new Band(
                            scores[order[i]],
                            scores[order[end - 1]],
                            count,
                            bads,
                            (double) bads / count,
                            pdSum / count));
            i = end;
        }
        return result;
    }

    /** Confusion at a cut-off: scores below it are predicted bad. */
    public record Confusion(
            double cutoff,
            int truePositives,
            int falsePositives,
            int trueNegatives,
            int falseNegatives) {

        public double accuracy() {
            return (double) (truePositives + trueNegatives)
                    / (truePositives + falsePositives + trueNegatives + falseNegatives);
        }

        /** Share of bads caught (declined). */
        public double badsCaught() {
            int bads = truePositives + falseNegatives;
            return bads == 0 ? 0 : (double) truePositives / bads;
        }

        /** Share of goods wrongly declined. */
        public double goodsDeclined() {
            int goods = trueNegatives + falsePositives;
            return goods == 0 ? 0 : (double) falsePositives / goods;
        }
    }

    public static Confusion confusion(double[] scores, int[] bad, double cutoff) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predictedBad = scores[i] < cutoff;
            if (bad[i] == 1) {
                if (predictedBad) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (predictedBad) {
                fp++;
            } else {
                tn++;
            }
        }
        return new Confusion(cutoff, tp, fp, tn, fn);
    }
}
