package com.microcredit.origination.api;

import java.util.List;

/**
 * An uploaded data set at a glance: rows and, per column, its kind and up to 20 distinct values.
 */
public record DataSetPreview(String fileName, int rows, List<Column> columns) {

    /** kind: NUMERIC or NOMINAL. */
    public record Column(String name, String kind, int distinct, List<String> values) {}
}
