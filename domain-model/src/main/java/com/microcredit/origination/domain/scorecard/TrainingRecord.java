package com.microcredit.origination.domain.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The figures of a training run as stored with its scorecard version (columns of {@code
 * scorecard}): the sample, the fit, the points card's AUC, KS and Gini on its own sample, the
 * confusion at the cut-off and, when the validation protocol ran, the cross-validated AUC. Never
 * changes once trained.
 */
@Embeddable
public class TrainingRecord {

    @Column(name = "data_set", nullable = false, length = 200)
    private String dataSet;

    @Column(name = "target_column", nullable = false, length = 100)
    private String targetColumn;

    @Column(name = "bad_value", nullable = false, length = 100)
    private String badValue;

    @Column(name = "sample_rows", nullable = false)
    private int sampleRows;

    @Column(nullable = false)
    private int goods;

    @Column(nullable = false)
    private int bads;

    @Column(nullable = false)
    private double intercept;

    @Column(name = "fit_iterations", nullable = false)
    private int fitIterations;

    @Column(nullable = false)
    private double auc;

    @Column(nullable = false)
    private double ks;

    @Column(nullable = false)
    private double gini;

    @Column(name = "cutoff_score", nullable = false)
    private int cutoffScore;

    @Column(name = "true_positives", nullable = false)
    private int truePositives;

    @Column(name = "false_positives", nullable = false)
    private int falsePositives;

    @Column(name = "true_negatives", nullable = false)
    private int trueNegatives;

    @Column(name = "false_negatives", nullable = false)
    private int falseNegatives;

    @Column(name = "cv_folds")
    private Integer cvFolds;

    @Column(name = "cv_repeats")
    private Integer cvRepeats;

    @Column(name = "cv_seed")
    private Long cvSeed;

    @Column(name = "cv_mean_auc")
    private Double cvMeanAuc;

    @Column(name = "cv_sd_auc")
    private Double cvSdAuc;

    @Column(name = "training_options", nullable = false, length = 300)
    private String trainingOptions;

    protected TrainingRecord() {}

    TrainingRecord(TrainingFigures f) {
        this.dataSet = truncate(f.dataSet(), 200);
        this.targetColumn = f.target();
        this.badValue = f.badValue();
        this.sampleRows = f.rows();
        this.goods = f.goods();
        this.bads = f.bads();
        this.intercept = f.intercept();
        this.fitIterations = f.iterations();
        this.auc = f.auc();
        this.ks = f.ks();
        this.gini = f.gini();
        this.cutoffScore = f.cutoffScore();
        this.truePositives = f.truePositives();
        this.falsePositives = f.falsePositives();
        this.trueNegatives = f.trueNegatives();
        this.falseNegatives = f.falseNegatives();
        this.cvFolds = f.cvFolds();
        this.cvRepeats = f.cvRepeats();
        this.cvSeed = f.cvSeed();
        this.cvMeanAuc = f.cvMeanAuc();
        this.cvSdAuc = f.cvSdAuc();
        this.trainingOptions = truncate(f.options(), 300);
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    public String getDataSet() {
        return dataSet;
    }

    public String getTargetColumn() {
        return targetColumn;
    }

    public String getBadValue() {
        return badValue;
    }

    public int getSampleRows() {
        return sampleRows;
    }

    public int getGoods() {
        return goods;
    }

    public int getBads() {
        return bads;
    }

    public double getIntercept() {
        return intercept;
    }

    public int getFitIterations() {
        return fitIterations;
    }

    public double getAuc() {
        return auc;
    }

    public double getKs() {
        return ks;
    }

    public double getGini() {
        return gini;
    }

    public int getCutoffScore() {
        return cutoffScore;
    }

    public int[] confusion() {
        return new int[] {truePositives, falsePositives, trueNegatives, falseNegatives};
    }

    public Integer getCvFolds() {
        return cvFolds;
    }

    public Integer getCvRepeats() {
        return cvRepeats;
    }

    public Long getCvSeed() {
        return cvSeed;
    }

    public Double getCvMeanAuc() {
        return cvMeanAuc;
    }

    public Double getCvSdAuc() {
        return cvSdAuc;
    }

    public String getTrainingOptions() {
        return trainingOptions;
    }
}
