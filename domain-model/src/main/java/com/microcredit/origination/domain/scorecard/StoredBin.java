package com.microcredit.origination.domain.scorecard;

import com.microcredit.origination.domain.scoring.ScorecardBin;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One bin of a selected characteristic as stored. Categories are kept one per line (a category
 * never holds a line break: the readers split lines first).
 */
@Embeddable
public class StoredBin {

    @Column(name = "variable", nullable = false, length = 100)
    private String variable;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "label", nullable = false, length = 1000)
    private String label;

    @Column(name = "lower_bound")
    private Double lowerBound;

    @Column(name = "upper_bound")
    private Double upperBound;

    @Column(name = "categories", length = 2000)
    private String categories;

    @Column(name = "missing_values", nullable = false)
    private boolean missingValues;

    @Column(name = "other_categories", nullable = false)
    private boolean otherCategories;

    @Column(name = "goods", nullable = false)
    private int goods;

    @Column(name = "bads", nullable = false)
    private int bads;

    @Column(name = "woe", nullable = false)
    private double woe;

    @Column(name = "points", nullable = false)
    private int points;

    protected StoredBin() {}

    public StoredBin(String variable, ScorecardBin b) {
        String joined = String.join("\n", b.categories().stream().sorted().toList());
        if (joined.length() > 2000 || b.label().length() > 1000) {
            throw new IllegalArgumentException(
                    variable + ": too many categories in one bin to store");
        }
        this.variable = variable;
        this.ordinal = b.ordinal();
        this.label = b.label();
        this.lowerBound = b.lower();
        this.upperBound = b.upper();
        this.categories = joined.isEmpty() ? null : joined;
        this.missingValues = b.missing();
        this.otherCategories = b.otherCategories();
        this.goods = b.goods();
        this.bads = b.bads();
        this.woe = b.woe();
        this.points = b.points();
    }

    public ScorecardBin toBin() {
        Set<String> cats =
                categories == null
                        ? Set.of()
                        : new LinkedHashSet<>(Arrays.asList(categories.split("\n")));
        return new ScorecardBin(
                ordinal,
                label,
                lowerBound,
                upperBound,
                cats,
                missingValues,
                otherCategories,
                goods,
                bads,
                woe,
                points);
    }

    public String getVariable() {
        return variable;
    }

    public int getOrdinal() {
        return ordinal;
    }
}
