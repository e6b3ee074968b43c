package com.microcredit.origination.domain.scorecard;

import com.microcredit.origination.domain.scoring.Characteristic;
import com.microcredit.origination.domain.scoring.GatewayFacts;
import com.microcredit.origination.domain.scoring.PointsScorecard;
import com.microcredit.origination.domain.scoring.Scaling;
import com.microcredit.origination.domain.scoring.ScorecardBin;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
 * the scaling, the variables considered and the training figures ({@link TrainingRecord}). Only its
 * status changes: TRAINED → CHALLENGER or CHAMPION through an approved activation, CHAMPION →
 * RETIRED when another champion replaces it. It may score our applicants (become champion or
 * challenger) only when every characteristic is a fact the data gateway supplies.
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

    @Column(name = "base_score", nullable = false)
    private int baseScore;

    @Column(name = "base_odds", nullable = false)
    private double baseOdds;

    @Column(name = "points_to_double", nullable = false)
    private int pointsToDouble;

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

    @Embedded private TrainingRecord training;

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
        this.training = new TrainingRecord(f);
        Scaling s = card.scaling();
        this.baseScore = s.baseScore();
        this.baseOdds = s.baseOdds();
        this.pointsToDouble = s.pointsToDouble();
        this.mapsToGateway = GatewayFacts.unmapped(card.variableNames()).isEmpty();
        this.variables = new ArrayList<>(variables);
        for (Characteristic c : card.characteristics()) {
            c.bins().forEach(b -> this.bins.add(new StoredBin(c.name(), b)));
        }
        this.bands = new ArrayList<>(bands);
        this.trainedBy = Objects.requireNonNull(trainedBy);
        this.trainedAt = Objects.requireNonNull(at);
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

    /** The figures of the training run that made this version. */
    public TrainingRecord training() {
        return training;
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
