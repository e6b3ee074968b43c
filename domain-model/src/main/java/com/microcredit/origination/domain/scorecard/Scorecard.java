package com.microcredit.origination.domain.scorecard;

import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.GatewayFacts;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import com.microcredit.origination.domain.scoring.Scaling;
import com.microcredit.origination.domain.scoring.ScorecardBin;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A trained scorecard, one immutable version of a named card: its characteristics' bins and points,
 * the scaling, the variables considered and the training figures. Only its status changes: TRAINED
 * → CHALLENGER or CHAMPION through an approved activation, CHAMPION → RETIRED when another champion
 * replaces it. It may score our applicants (become champion or challenger) only when every
 * characteristic is a fact the data gateway supplies.
 */
@Entity
@Table(name = "scorecard")
public class Scorecard {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ScorecardStatus status;

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

    @Column(name = "base_score", nullable = false)
    private int baseScore;

    @Column(name = "base_odds", nullable = false)
    private double baseOdds;

    @Column(name = "points_to_double", nullable = false)
    private int pointsToDouble;

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

    @Column(name = "maps_to_gateway", nullable = false)
    private boolean mapsToGateway;

    @Column(name = "trained_by", nullable = false, length = 64)
    private String trainedBy;

    @Column(name = "trained_at", nullable = false)
    private Instant trainedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_variable", joinColumns = @JoinColumn(name = "scorecard_id"))
    private List<ScorecardVariable> variables = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_bin", joinColumns = @JoinColumn(name = "scorecard_id"))
    private List<StoredBin> bins = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_band", joinColumns = @JoinColumn(name = "scorecard_id"))
    private List<ScoreBandRecord> bands = new ArrayList<>();

    @Version private long version;

    protected Scorecard() {}

    public Scorecard(
            String name,
            int versionNumber,
            PointsScorecard card,
            TrainingFigures f,
            List<ScorecardVariable> variables,
            List<ScoreBandRecord> bands,
            String trainedBy,
            Instant at) {
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("a scorecard needs a name of at most 64 characters");
        }
        this.name = name.strip();
        this.versionNumber = versionNumber;
        this.status = ScorecardStatus.TRAINED;
        this.dataSet = truncate(f.dataSet(), 200);
        this.targetColumn = f.target();
        this.badValue = f.badValue();
        this.sampleRows = f.rows();
        this.goods = f.goods();
        this.bads = f.bads();
        Scaling s = card.scaling();
        this.baseScore = s.baseScore();
        this.baseOdds = s.baseOdds();
        this.pointsToDouble = s.pointsToDouble();
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
        this.mapsToGateway = GatewayFacts.unmapped(card.variableNames()).isEmpty();
        this.variables = new ArrayList<>(variables);
        for (Characteristic c : card.characteristics()) {
            c.bins().forEach(b -> this.bins.add(new StoredBin(c.name(), b)));
        }
        this.bands = new ArrayList<>(bands);
        this.trainedBy = Objects.requireNonNull(trainedBy);
        this.trainedAt = Objects.requireNonNull(at);
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * Rebuilds the points scorecard from the stored bins (characteristics in the order they were
     * selected).
     */
    public PointsScorecard pointsScorecard() {
        List<Characteristic> characteristics = new ArrayList<>();
        variables.stream()
                .filter(ScorecardVariable::isSelected)
                .sorted(Comparator.comparingInt(ScorecardVariable::getSeq))
                .forEach(
                        v -> {
                            List<ScorecardBin> own =
                                    bins.stream()
                                            .filter(b -> b.getVariable().equals(v.getVariable()))
                                            .sorted(Comparator.comparingInt(StoredBin::getOrdinal))
                                            .map(StoredBin::toBin)
                                            .toList();
                            characteristics.add(
                                    new Characteristic(
                                            v.getVariable(),
                                            "NUMERIC".equals(v.getKind())
                                                    ? Characteristic.Kind.NUMERIC
                                                    : Characteristic.Kind.NOMINAL,
                                            own));
                        });
        return new PointsScorecard(
                characteristics, new Scaling(baseScore, baseOdds, pointsToDouble));
    }

    /** Becomes champion or challenger; refused unless every characteristic is a gateway fact. */
    public void activate(ActivationRole role, Instant at) {
        if (!mapsToGateway) {
            throw new ScorecardUnfitException(
                    "Scorecard "
                            + label()
                            + " uses variables the data gateway cannot "
                            + "supply ("
                            + String.join(
                                    ", ", GatewayFacts.unmapped(pointsScorecard().variableNames()))
                            + "): it cannot score applicants");
        }
        if (status == ScorecardStatus.RETIRED) {
            throw new ScorecardUnfitException("Scorecard " + label() + " is retired");
        }
        this.status =
                role == ActivationRole.CHAMPION
                        ? ScorecardStatus.CHAMPION
                        : ScorecardStatus.CHALLENGER;
        this.activatedAt = at;
    }

    /**
     * The champion replaced by another is retired; a challenger replaced goes back to the shelf.
     */
    public void standDown() {
        this.status =
                status == ScorecardStatus.CHAMPION
                        ? ScorecardStatus.RETIRED
                        : ScorecardStatus.TRAINED;
    }

    public String label() {
        return name + " v" + versionNumber;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public ScorecardStatus getStatus() {
        return status;
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

    public boolean isMapsToGateway() {
        return mapsToGateway;
    }

    public String getTrainedBy() {
        return trainedBy;
    }

    public Instant getTrainedAt() {
        return trainedAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public List<ScorecardVariable> getVariables() {
        return variables.stream()
                .sorted(Comparator.comparingInt(ScorecardVariable::getSeq))
                .toList();
    }

    public List<ScoreBandRecord> getBands() {
        return bands.stream().sorted(Comparator.comparingInt(ScoreBandRecord::getBand)).toList();
    }
}
