package com.microcredit.origination.application;

import com.microcredit.origination.api.InvalidInputException;
import com.microcredit.origination.api.TrainScorecard;
import com.microcredit.origination.domain.scorecard.ScoreBandRecord;
import com.microcredit.origination.domain.scorecard.Scorecard;
import com.microcredit.origination.domain.scorecard.ScorecardVariable;
import com.microcredit.origination.domain.scorecard.TrainingFigures;
import com.microcredit.origination.domain.scoring.Scaling;
import com.microcredit.origination.domain.training.CrossValidation;
import com.microcredit.origination.domain.training.DataSet;
import com.microcredit.origination.domain.training.DataSetReader;
import com.microcredit.origination.domain.training.Performance;
import com.microcredit.origination.domain.training.ScorecardReport;
import com.microcredit.origination.domain.training.ScorecardTrainer;
import com.microcredit.origination.domain.training.TrainingException;
import com.microcredit.origination.domain.training.TrainingOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns an upload into a data set, a training run into a stored scorecard version. */
final class ScorecardTraining {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int FOLDS = 10;
    static final int REPEATS = 5;

    private ScorecardTraining() {}

    static DataSet read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "FILE_REQUIRED");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "FILE_TOO_LARGE", 20);
        }
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        var decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new InputStreamReader(new ByteArrayInputStream(content), decoder)) {
            return DataSetReader.read(name, reader);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException("file", "FILE_NOT_UTF8");
        } catch (TrainingException e) {
            throw new InvalidInputException("file", "FILE_NOT_TRAINABLE").because(e);
        } catch (IOException e) {
            throw new InvalidInputException("file", "FILE_UNREADABLE").because(e);
        }
    }

    static TrainingOptions options(TrainScorecard c) {
        TrainingOptions d = TrainingOptions.defaults();
        try {
            Scaling s =
                    new Scaling(
                            c.baseScore() == null ? d.scaling().baseScore() : c.baseScore(),
                            c.baseOdds() == null ? d.scaling().baseOdds() : c.baseOdds(),
                            c.pointsToDouble() == null
                                    ? d.scaling().pointsToDouble()
                                    : c.pointsToDouble());
            return d.withScaling(s).withCutoff(c.cutoffScore());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("scaling", "SCALING_INVALID").because(e);
        }
    }

    /**
     * Trains (and cross-validates when asked) and builds the stored version; training errors name
     * the field.
     */
    static Scorecard train(
            DataSet data, TrainScorecard c, int versionNumber, String trainedBy, Instant at) {
        TrainingOptions options = options(c);
        try {
            ScorecardTrainer.Result r =
                    ScorecardTrainer.train(data, c.target(), c.badValue(), options);
            ScorecardReport report = r.report();
            CrossValidation.Result cv =
                    c.crossValidate()
                            ? CrossValidation.run(
                                    data,
                                    c.target(),
                                    c.badValue(),
                                    CrossValidation.scorecard(options),
                                    FOLDS,
                                    REPEATS,
                                    options.seed())
                            : null;
            Performance.Confusion cf = report.confusion();
            TrainingFigures figures =
                    new TrainingFigures(
                            data.name(),
                            c.target(),
                            c.badValue(),
                            report.rows(),
                            report.goods(),
                            report.bads(),
                            report.intercept(),
                            report.iterations(),
                            report.auc(),
                            report.ks(),
                            report.gini(),
                            (int) cf.cutoff(),
                            cf.truePositives(),
                            cf.falsePositives(),
                            cf.trueNegatives(),
                            cf.falseNegatives(),
                            cv == null ? null : cv.folds(),
                            cv == null ? null : cv.repeats(),
                            cv == null ? null : cv.seed(),
                            cv == null ? null : cv.meanAuc(),
                            cv == null ? null : cv.sdAuc(),
                            describe(options));
            List<ScorecardVariable> variables = new ArrayList<>();
            List<String> selected = r.scorecard().variableNames();
            int other = selected.size();
            for (ScorecardReport.VariableReport v : report.variables()) {
                int seq = v.selected() ? selected.indexOf(v.variable()) : other++;
                variables.add(
                        new ScorecardVariable(
                                v.variable(),
                                seq,
                                v.kind(),
                                v.bins(),
                                v.informationValue(),
                                v.selected(),
                                v.exclusion(),
                                v.coefficient(),
                                v.standardError()));
            }
            List<ScoreBandRecord> bands = new ArrayList<>();
            for (int i = 0; i < report.calibration().size(); i++) {
                Performance.Band b = report.calibration().get(i);
                bands.add(
                        new ScoreBandRecord(
                                i + 1,
                                (int) b.fromScore(),
                                (int) b.toScore(),
                                b.count(),
                                b.bads(),
                                b.observedBadRate(),
                                b.predictedPd()));
            }
            return new Scorecard(
                    c.name(),
                    versionNumber,
                    r.scorecard(),
                    figures,
                    variables,
                    bands,
                    trainedBy,
                    at);
        } catch (TrainingException e) {
            String m = e.getMessage();
            throw (m.contains("bad value")
                            ? new InvalidInputException("badValue", "TRAINING_BAD_VALUE")
                            : m.contains("column")
                                    ? new InvalidInputException("target", "TRAINING_TARGET")
                                    : new InvalidInputException("file", "FILE_NOT_TRAINABLE"))
                    .because(e);
        }
    }

    static String describe(TrainingOptions o) {
        return String.format(
                Locale.ROOT,
                "fine classes %d, min bin share %.2f, min IV %.3f, max correlation %.2f, "
                        + "ridge %.2f, seed %d",
                o.fineBins(),
                o.minBinShare(),
                o.minInformationValue(),
                o.maxCorrelation(),
                o.ridge(),
                o.seed());
    }
}
