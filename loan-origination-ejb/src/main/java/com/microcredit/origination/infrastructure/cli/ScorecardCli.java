package com.microcredit.origination.infrastructure.cli;

import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.Scaling;
import com.microcredit.origination.domain.scoring.ScorecardBin;
import com.microcredit.origination.domain.training.CrossValidation;
import com.microcredit.origination.domain.training.DataSet;
import com.microcredit.origination.domain.training.DataSetReader;
import com.microcredit.origination.domain.training.Performance;
import com.microcredit.origination.domain.training.ScorecardReport;
import com.microcredit.origination.domain.training.ScorecardTrainer;
import com.microcredit.origination.domain.training.TrainingException;
import com.microcredit.origination.domain.training.TrainingOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bin/scorecard train <file> --target <column> --bad <value> [--base-score 600] [--base-odds
 * 50] [--pdo 40] [--cutoff <score>] [--seed <n>] [--no-cv]}: trains a scorecard from a CSV or ARFF
 * file and prints its report (variables, bins and points, AUC, KS, Gini, calibration, confusion at
 * the cut-off, and the cross-validated AUC). Stores nothing. Exit code 2: wrong usage; 1: the data
 * cannot train a scorecard.
 */
public final class ScorecardCli {

    private ScorecardCli() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !"train".equals(args[0])) {
            err.println(
                    "usage: bin/scorecard train <file.csv|file.arff> --target <column> --bad"
                            + " <value> [--base-score 600] [--base-odds 50] [--pdo 40] [--cutoff"
                            + " <score>] [--seed <n>] [--no-cv]");
            return 2;
        }
        Map<String, String> o = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            if ("--no-cv".equals(args[i])) {
                o.put("no-cv", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                o.put(args[i].substring(2), args[++i]);
            } else {
                err.println("unknown argument " + args[i]);
                return 2;
            }
        }
        if (!o.containsKey("target") || !o.containsKey("bad")) {
            err.println("--target and --bad are required");
            return 2;
        }
        Path file = Path.of(args[1]);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            DataSet data = DataSetReader.read(file.getFileName().toString(), in);
            TrainingOptions d = TrainingOptions.defaults();
            TrainingOptions options =
                    new TrainingOptions(
                            d.fineBins(),
                            d.minBinShare(),
                            d.minInformationValue(),
                            d.maxCorrelation(),
                            d.ridge(),
                            new Scaling(
                                    Integer.parseInt(o.getOrDefault("base-score", "600")),
                                    Double.parseDouble(o.getOrDefault("base-odds", "50")),
                                    Integer.parseInt(o.getOrDefault("pdo", "40"))),
                            o.containsKey("cutoff") ? Integer.valueOf(o.get("cutoff")) : null,
                            d.maxReasons(),
                            Long.parseLong(o.getOrDefault("seed", String.valueOf(d.seed()))));
            ScorecardTrainer.Result r =
                    ScorecardTrainer.train(data, o.get("target"), o.get("bad"), options);
            CrossValidation.Result cv =
                    o.containsKey("no-cv")
                            ? null
                            : CrossValidation.run(
                                    data,
                                    o.get("target"),
                                    o.get("bad"),
                                    CrossValidation.scorecard(options),
                                    10,
                                    5,
                                    options.seed());
            print(r, cv, options, out);
            return 0;
        } catch (TrainingException | NumberFormatException e) {
            err.println("cannot train: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }

    static void print(
            ScorecardTrainer.Result r,
            CrossValidation.Result cv,
            TrainingOptions o,
            PrintStream out) {
        ScorecardReport p = r.report();
        Scaling s = r.scorecard().scaling();
        out.printf(
                Locale.ROOT,
                "Scorecard from %s: target %s, bad = %s%n",
                p.dataSet(),
                p.target(),
                p.badValue());
        out.printf(
                Locale.ROOT,
                "Sample: %d rows, %d good, %d bad (%.1f %% bad)%n",
                p.rows(),
                p.goods(),
                p.bads(),
                100.0 * p.bads() / p.rows());
        out.printf(
                Locale.ROOT,
                "Scaling: %d points at odds %s:1, %d points to double the odds; score range"
                        + " %d-%d%n",
                s.baseScore(),
                s.baseOdds(),
                s.pointsToDouble(),
                r.scorecard().minScore(),
                r.scorecard().maxScore());
        out.printf(
                Locale.ROOT,
                "Fit: ridge logistic regression (IRLS), %d iterations, converged %s, intercept"
                        + " %.4f%n%n",
                p.iterations(),
                p.converged(),
                p.intercept());
        out.println(
                "Variable                         IV   bins  used           coefficient  std.err");
        for (ScorecardReport.VariableReport v : p.variables()) {
            out.printf(
                    Locale.ROOT,
                    "%-28s %7.4f %5d  %-14s %s%n",
                    v.variable(),
                    v.informationValue(),
                    v.bins(),
                    v.selected() ? "yes" : v.exclusion(),
                    v.selected()
                            ? String.format(
                                    Locale.ROOT, "%11.4f %8.4f", v.coefficient(), v.standardError())
                            : "");
        }
        out.println();
        out.println(
                "Characteristic / bin                                   goods   bads  bad rate    "
                        + " WOE  points");
        for (Characteristic c : r.scorecard().characteristics()) {
            for (ScorecardBin b : c.bins()) {
                String label = c.name() + " " + b.label();
                out.printf(
                        Locale.ROOT,
                        "%-52s %6d %6d %8.1f %% %7.3f %7d%n",
                        label.length() > 52 ? label.substring(0, 49) + "..." : label,
                        b.goods(),
                        b.bads(),
                        100.0 * b.bads() / Math.max(1, b.count()),
                        b.woe(),
                        b.points());
            }
        }
        out.println();
        out.printf(
                Locale.ROOT,
                "On the training sample (integer points): AUC %.4f  KS %.4f  Gini %.4f%n",
                p.auc(),
                p.ks(),
                p.gini());
        if (cv != null) {
            out.printf(
                    Locale.ROOT,
                    "Stratified %d-fold cross-validation x %d (seed %d): AUC %.4f +/- %.4f (sd of"
                            + " %d folds)%n",
                    cv.folds(),
                    cv.repeats(),
                    cv.seed(),
                    cv.meanAuc(),
                    cv.sdAuc(),
                    cv.aucs().size());
        }
        out.println();
        out.println(
                "Calibration by score band:  scores      applicants  observed bad  predicted PD");
        for (Performance.Band b : p.calibration()) {
            out.printf(
                    Locale.ROOT,
                    "                            %4.0f-%-6.0f %9d  %10.1f %%  %10.1f %%%n",
                    b.fromScore(),
                    b.toScore(),
                    b.count(),
                    100 * b.observedBadRate(),
                    100 * b.predictedPd());
        }
        Performance.Confusion c = p.confusion();
        out.printf(
                Locale.ROOT, "%nConfusion at cut-off %.0f (below = predicted bad):%n", c.cutoff());
        out.printf(
                Locale.ROOT,
                "  bad:  %5d predicted bad, %5d predicted good (%.1f %% of bads caught)%n",
                c.truePositives(),
                c.falseNegatives(),
                100 * c.badsCaught());
        out.printf(
                Locale.ROOT,
                "  good: %5d predicted bad, %5d predicted good (%.1f %% of goods declined)%n",
                c.falsePositives(),
                c.trueNegatives(),
                100 * c.goodsDeclined());
        out.printf(Locale.ROOT, "  accuracy %.1f %%%n", 100 * c.accuracy());
        out.printf(
                Locale.ROOT,
                "%nOptions: fine classes %d, min bin share %.2f, min IV %.3f, max correlation %.2f,"
                        + " ridge %.2f%n",
                o.fineBins(),
                o.minBinShare(),
                o.minInformationValue(),
                o.maxCorrelation(),
                o.ridge());
    }
}
