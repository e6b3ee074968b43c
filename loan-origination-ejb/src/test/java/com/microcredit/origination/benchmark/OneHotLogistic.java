package com.microcredit.origination.benchmark;

import com.microcredit.origination.domain.training.CrossValidation;
import com.microcredit.origination.domain.training.DataSet;
import com.microcredit.origination.domain.training.LogisticRegression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison method: plain logistic regression as in the reference figures – every nominal
 * attribute one-hot coded (first category as the base), numeric attributes standardised on the
 * training fold, no binning, no selection; ridge 1e-8 (Weka's Logistic default, practically no
 * penalty, keeps a fold whose rare category is all good from diverging) or a given penalty.
 */
final class OneHotLogistic implements CrossValidation.Method {

    private final double ridge;

    OneHotLogistic(double ridge) {
        this.ridge = ridge;
    }

    @Override
    public double[] trainAndScore(DataSet training, DataSet test, String target, String badValue) {
        List<String> columns = training.columns().stream().filter(c -> !c.equals(target)).toList();
        Map<String, List<String>> levels = new LinkedHashMap<>();
        Map<String, double[]> moments = new LinkedHashMap<>();
        for (String c : columns) {
            if (training.kind(c) == DataSet.Kind.NOMINAL) {
                levels.put(c, new ArrayList<>(training.distinct(c)));
            } else {
                int k = training.index(c);
                double sum = 0;
                double sq = 0;
                for (int i = 0; i < training.size(); i++) {
                    double v = Double.parseDouble(training.value(i, k));
                    sum += v;
                    sq += v * v;
                }
                double mean = sum / training.size();
                moments.put(
                        c,
                        new double[] {
                            mean, Math.sqrt(Math.max(sq / training.size() - mean * mean, 1e-12))
                        });
            }
        }
        double[][] x = encode(training, columns, levels, moments);
        int t = training.index(target);
        int[] y = new int[training.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = badValue.equals(training.value(i, t)) ? 1 : 0;
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, ridge);
        double[][] xt = encode(test, columns, levels, moments);
        double[] scores = new double[xt.length];
        for (int i = 0; i < xt.length; i++) {
            scores[i] = -fit.linearPredictor(xt[i]);
        }
        return scores;
    }

    private static double[][] encode(
            DataSet d,
            List<String> columns,
            Map<String, List<String>> levels,
            Map<String, double[]> moments) {
        int width = 0;
        for (String c : columns) {
            width += levels.containsKey(c) ? levels.get(c).size() - 1 : 1;
        }
        double[][] x = new double[d.size()][width];
        for (int i = 0; i < d.size(); i++) {
            int j = 0;
            for (String c : columns) {
                String v = d.value(i, d.index(c));
                if (levels.containsKey(c)) {
                    List<String> l = levels.get(c);
                    for (int k = 1; k < l.size(); k++) {
                        x[i][j++] = l.get(k).equals(v) ? 1 : 0;
                    }
                } else {
                    double[] m = moments.get(c);
                    x[i][j++] = (Double.parseDouble(v) - m[0]) / m[1];
                }
            }
        }
        return x;
    }
}
