package com.microcredit.origination.domain.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Calibration of the training sample in one score band: applicants, bads, observed bad rate, mean
 * predicted PD.
 */
@Embeddable
public class ScoreBandRecord {

    @Column(name = "band", nullable = false)
    private int band;

    @Column(name = "from_score", nullable = false)
    private int fromScore;

    @Column(name = "to_score", nullable = false)
    private int toScore;

    @Column(name = "applicants", nullable = false)
    private int applicants;

    @Column(name = "bads", nullable = false)
    private int bads;

    @Column(name = "observed_bad_rate", nullable = false)
    private double observedBadRate;

    @Column(name = "predicted_pd", nullable = false)
    private double predictedPd;

    protected ScoreBandRecord() {}

    public ScoreBandRecord(
            int band,
            int fromScore,
            int toScore,
            int applicants,
            int bads,
            double observedBadRate,
            double predictedPd) {
        this.band = band;
        this.fromScore = fromScore;
        this.toScore = toScore;
        this.applicants = applicants;
        this.bads = bads;
        this.observedBadRate = observedBadRate;
        this.predictedPd = predictedPd;
    }

    public int getBand() {
        return band;
    }

    public int getFromScore() {
        return fromScore;
    }

    public int getToScore() {
        return toScore;
    }

    public int getApplicants() {
        return applicants;
    }

    public int getBads() {
        return bads;
    }

    public double getObservedBadRate() {
        return observedBadRate;
    }

    public double getPredictedPd() {
        return predictedPd;
    }
}
