package com.microcredit.origination.domain.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rectangular data set as read from a CSV or ARFF file: named columns, each NUMERIC or NOMINAL,
 * and rows of raw values (null for missing).
 */
public final class DataSet {

    public enum Kind {
        NUMERIC,
        NOMINAL
    }

    private final String name;
    private final List<String> columns;
    private final List<Kind> kinds;
    private final List<String[]> rows;

    public DataSet(String name, List<String> columns, List<Kind> kinds, List<String[]> rows) {
        if (columns.size() != kinds.size()) {
            throw new IllegalArgumentException("every column needs a kind");
        }
        if (new LinkedHashSet<>(columns).size() != columns.size()) {
            throw new IllegalArgumentException("column names must be unique");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).length != columns.size()) {
                throw new IllegalArgumentException(
                        "row "
                                + (i + 1)
                                + " has "
                                + rows.get(i).length
                                + " values, "
                                + columns.size()
                                + " expected");
            }
        }
        this.name = name;
        this.columns = List.copyOf(columns);
        this.kinds = List.copyOf(kinds);
        this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public Kind kind(String column) {
        return kinds.get(index(column));
    }

    public int index(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return i;
    }

    public int size() {
        return rows.size();
    }

    public String value(int row, int column) {
        return rows.get(row)[column];
    }

    /** The distinct non-missing values of a column, in order of first appearance. */
    public Set<String> distinct(String column) {
        int c = index(column);
        Set<String> values = new LinkedHashSet<>();
        rows.forEach(
                r -> {
                    if (r[c] != null) {
                        values.add(r[c]);
                    }
                });
        return values;
    }

    /** The rows at the given positions (for cross-validation folds). */
    public DataSet subset(int[] positions) {
        List<String[]> chosen = new ArrayList<>(positions.length);
        for (int p : positions) {
            chosen.add(rows.get(p));
        }
        return new DataSet(name, columns, kinds, chosen);
    }
}
