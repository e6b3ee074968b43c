package com.microcredit.origination.domain.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A candidate variable of a training run: its information value and whether (with which
 * coefficient) it was used.
 */
@Embeddable
public class ScorecardVariable {

    @Column(name = "variable", nullable = false, length = 100)
    private String variable;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "kind", nullable = false, length = 8)
    private String kind;

    @Column(name = "bin_count", nullable = false)
    private int binCount;

    @Column(name = "information_value", nullable = false)
    private double informationValue;

    @Column(name = "selected", nullable = false)
    private boolean selected;

    @Column(name = "exclusion", length = 200)
    private String exclusion;

    @Column(name = "coefficient", nullable = false)
    private double coefficient;

    @Column(name = "standard_error", nullable = false)
    private double standardError;

    protected ScorecardVariable() {}

    public ScorecardVariable(
            String variable,
            int seq,
            String kind,
            int binCount,
            double informationValue,
            boolean selected,
            String exclusion,
            double coefficient,
            double standardError) {
        this.variable = variable;
        this.seq = seq;
        this.kind = kind;
        this.binCount = binCount;
        this.informationValue = informationValue;
        this.selected = selected;
        this.exclusion = exclusion;
        this.coefficient = coefficient;
        this.standardError = standardError;
    }

    public String getVariable() {
        return variable;
    }

    public int getSeq() {
        return seq;
    }

    public String getKind() {
        return kind;
    }

    public int getBinCount() {
        return binCount;
    }

    public double getInformationValue() {
        return informationValue;
    }

    public boolean isSelected() {
        return selected;
    }

    public String getExclusion() {
        return exclusion;
    }

    public double getCoefficient() {
        return coefficient;
    }

    public double getStandardError() {
        return standardError;
    }
}
