package com.microcredit.origination.domain.training;

import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import com.microcredit.origination.domain.scoring.Scaling;
import com.microcredit.origination.domain.scoring.ScorecardBin;
import com.microcredit.shared.domain.CodedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a points scorecard: bins every candidate variable, keeps those with enough information
 * value that are not near-copies of a stronger one, fits a penalised logistic regression of P(bad)
 * on their weights of evidence (dropping any variable whose coefficient has the wrong sign, which
 * collinearity causes), and scales the fit to integer points per bin. The report is measured on the
 * integer points scorecard itself, so applying the scorecard to its own data reproduces it.
 */
public final class ScorecardTrainer {

    static final int MIN_ROWS = 50;
    static final int MIN_PER_CLASS = 10;
    static final int CALIBRATION_BANDS = 10;

    private ScorecardTrainer() {}

    /** The scorecard, its report, and every candidate's binning (selected or not). */
    public record Result(
            PointsScorecard scorecard, ScorecardReport report, List<VariableBinning> binnings) {}

    public static Result train(
            DataSet data, String target, String badValue, TrainingOptions options) {
        Labelled sample = Labelled.of(data, target, badValue);
        DataSet rows = sample.data();
        int[] bad = sample.bad();
        Map<String, VariableBinning> binnings = new LinkedHashMap<>();
        for (String column : rows.columns()) {
            if (!column.equals(target)) {
                binnings.put(column, Binner.bin(rows, column, bad, options));
            }
        }
        Map<String, String> exclusions = new LinkedHashMap<>();
        List<String> selected = select(rows, bad, binnings, options, exclusions);
        LogisticRegression.Fit fit;
        while (true) {
            if (selected.isEmpty()) {
                throw new TrainingException(
                        "No variable separates goods from bads (every information value is below "
                                + options.minInformationValue()
                                + ")");
            }
            fit = LogisticRegression.fit(woeMatrix(rows, selected, binnings), bad, options.ridge());
            String wrong = null;
            for (int j = selected.size() - 1; j >= 0 && wrong == null; j--) {
                if (fit.coefficients()[j + 1] >= 0) {
                    wrong = selected.get(j);
                }
            }
            if (wrong == null) {
                break;
            }
            selected.remove(wrong);
            exclusions.put(wrong, "WRONG_SIGN");
        }
        PointsScorecard card = scale(selected, binnings, fit, options.scaling());
        double[] scores = scores(card, rows);
        double[] pd = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            pd[i] = card.scaling().probabilityOfDefault(scores[i]);
        }
        double auc = Performance.auc(scores, bad);
        Performance.Separation ks = Performance.ks(scores, bad);
        double cutoff =
                options.cutoffScore() != null ? options.cutoffScore() : Math.round(ks.atScore());
        LogisticRegression.Fit model = fit;
        List<ScorecardReport.VariableReport> variables = new ArrayList<>();
        binnings.values().stream()
                .sorted(Comparator.comparingDouble(VariableBinning::informationValue).reversed())
                .forEach(
                        b -> {
                            int j = selected.indexOf(b.variable());
                            variables.add(
                                    new ScorecardReport.VariableReport(
                                            b.variable(),
                                            b.kind().name(),
                                            b.bins().size(),
                                            b.informationValue(),
                                            j >= 0,
                                            j >= 0 ? null : exclusions.get(b.variable()),
                                            j >= 0 ? model.coefficients()[j + 1] : 0,
                                            j >= 0 ? model.standardErrors()[j + 1] : 0));
                        });
        ScorecardReport report =
                new ScorecardReport(
                        data.name(),
                        target,
                        badValue,
                        rows.size(),
                        bad.length - sample.bads(),
                        sample.bads(),
                        variables,
                        fit.coefficients()[0],
                        fit.iterations(),
                        fit.converged(),
                        auc,
                        ks.ks(),
                        2 * auc - 1,
                        Performance.calibration(scores, bad, pd, CALIBRATION_BANDS),
                        Performance.confusion(scores, bad, cutoff),
                        null);
        return new Result(card, report, List.copyOf(binnings.values()));
    }

    private static List<String> select(
            DataSet rows,
            int[] bad,
            Map<String, VariableBinning> binnings,
            TrainingOptions options,
            Map<String, String> exclusions) {
        List<VariableBinning> byStrength =
                binnings.values().stream()
                        .sorted(
                                Comparator.comparingDouble(VariableBinning::informationValue)
                                        .reversed())
                        .toList();
        List<String> selected = new ArrayList<>();
        List<double[]> selectedWoe = new ArrayList<>();
        for (VariableBinning b : byStrength) {
            if (b.bins().size() < 2) {
                exclusions.put(b.variable(), "SINGLE_BIN");
                continue;
            }
            if (b.informationValue() < options.minInformationValue()) {
                exclusions.put(b.variable(), "LOW_IV");
                continue;
            }
            double[] woe = woeColumn(rows, b);
            String twin = null;
            for (int k = 0; k < selected.size() && twin == null; k++) {
                if (Math.abs(correlation(woe, selectedWoe.get(k))) > options.maxCorrelation()) {
                    twin = selected.get(k);
                }
            }
            if (twin != null) {
                exclusions.put(b.variable(), CodedText.of("CORRELATED_WITH", twin).stored());
                continue;
            }
            selected.add(b.variable());
            selectedWoe.add(woe);
        }
        return selected;
    }

    private static double[] woeColumn(DataSet rows, VariableBinning b) {
        Characteristic c = b.characteristic();
        int col = rows.index(b.variable());
        double[] woe = new double[rows.size()];
        for (int i = 0; i < woe.length; i++) {
            woe[i] = c.bin(c.binIndex(rows.value(i, col))).woe();
        }
        return woe;
    }

    private static double[][] woeMatrix(
            DataSet rows, List<String> selected, Map<String, VariableBinning> binnings) {
        double[][] x = new double[rows.size()][selected.size()];
        for (int j = 0; j < selected.size(); j++) {
            double[] column = woeColumn(rows, binnings.get(selected.get(j)));
            for (int i = 0; i < x.length; i++) {
                x[i][j] = column[i];
            }
        }
        return x;
    }

    static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    /**
     * Points of bin i of characteristic j: round(−factor × β_j × WOE_ij + (offset − factor × β_0) /
     * n), so that the sum over an applicant's bins is offset + factor × ln(good:bad odds) up to
     * rounding.
     */
    static PointsScorecard scale(
            List<String> selected,
            Map<String, VariableBinning> binnings,
            LogisticRegression.Fit fit,
            Scaling scaling) {
        double factor = scaling.factor();
        double share = (scaling.offset() - factor * fit.coefficients()[0]) / selected.size();
        List<Characteristic> characteristics = new ArrayList<>();
        for (int j = 0; j < selected.size(); j++) {
            VariableBinning b = binnings.get(selected.get(j));
            double beta = fit.coefficients()[j + 1];
            List<ScorecardBin> bins =
                    b.bins().stream()
                            .map(
                                    bin ->
                                            bin.withPoints(
                                                    (int)
                                                            Math.round(
                                                                    -factor * beta * bin.woe()
                                                                            + share)))
                            .toList();
            characteristics.add(new Characteristic(b.variable(), b.kind(), bins));
        }
        return new PointsScorecard(characteristics, scaling);
    }

    /** The points score of every row of a data set. */
    public static double[] scores(PointsScorecard card, DataSet rows) {
        List<Characteristic> cs = card.characteristics();
        int[] columns = cs.stream().mapToInt(c -> rows.index(c.name())).toArray();
        double[] scores = new double[rows.size()];
        for (int i = 0; i < scores.length; i++) {
            int s = 0;
            for (int j = 0; j < columns.length; j++) {
                Characteristic c = cs.get(j);
                s += c.bin(c.binIndex(rows.value(i, columns[j]))).points();
            }
            scores[i] = s;
        }
        return scores;
    }
}
