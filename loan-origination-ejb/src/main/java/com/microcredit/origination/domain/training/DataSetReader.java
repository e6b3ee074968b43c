package com.microcredit.origination.domain.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a data set from CSV or ARFF text. CSV: a header row of column names, comma- or
 * semicolon-separated, double quotes around values that hold the separator; a column is NUMERIC
 * when every present value is a number. ARFF: {@code @attribute} lines declare numeric (numeric,
 * real, integer) or nominal ({...}, string) columns; values may be single- or double-quoted. In
 * both, an empty value, {@code ?} or {@code NA} is missing.
 */
public final class DataSetReader {

    public static final int MAX_ROWS = 500_000;

    private DataSetReader() {}

    /** Chooses the format by the file name (.arff, otherwise CSV). */
    public static DataSet read(String fileName, Reader in) throws IOException {
        String name = fileName == null ? "data" : fileName;
        return name.toLowerCase(Locale.ROOT).endsWith(".arff") ? arff(name, in) : csv(name, in);
    }

    public static DataSet csv(String name, Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        String header = reader.readLine();
        while (header != null && header.isBlank()) {
            header = reader.readLine();
        }
        if (header == null) {
            throw new TrainingException("The file is empty");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        char separator = header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
        List<String> columns = new ArrayList<>();
        for (String c : split(header, separator)) {
            columns.add(c == null ? "" : c.trim());
        }
        if (columns.stream().anyMatch(String::isEmpty)) {
            throw new TrainingException("Every column needs a name in the header row");
        }
        List<String[]> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                limit(rows);
                rows.add(row(split(line, separator), columns.size(), rows.size() + 2));
            }
        }
        List<DataSet.Kind> kinds = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            boolean numeric = true;
            boolean any = false;
            for (String[] r : rows) {
                if (r[c] != null) {
                    any = true;
                    numeric &= isNumber(r[c]);
                }
            }
            kinds.add(numeric && any ? DataSet.Kind.NUMERIC : DataSet.Kind.NOMINAL);
        }
        return dataSet(name, columns, kinds, rows);
    }

    public static DataSet arff(String name, Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        List<String> columns = new ArrayList<>();
        List<DataSet.Kind> kinds = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        boolean data = false;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("%")) {
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (!data && lower.startsWith("@attribute")) {
                String rest = t.substring("@attribute".length()).trim();
                String attribute;
                if (rest.startsWith("'") || rest.startsWith("\"")) {
                    int end = rest.indexOf(rest.charAt(0), 1);
                    attribute = rest.substring(1, end);
                    rest = rest.substring(end + 1).trim();
                } else {
                    int space = rest.indexOf(' ') < 0 ? rest.indexOf('\t') : rest.indexOf(' ');
                    if (space < 0) {
                        throw new TrainingException(
                                "Line " + number + ": an attribute needs a name and a type");
                    }
                    attribute = rest.substring(0, space);
                    rest = rest.substring(space).trim();
                }
                String type = rest.toLowerCase(Locale.ROOT);
                columns.add(attribute);
                kinds.add(
                        type.startsWith("numeric")
                                        || type.startsWith("real")
                                        || type.startsWith("integer")
                                ? DataSet.Kind.NUMERIC
                                : DataSet.Kind.NOMINAL);
            } else if (lower.startsWith("@data")) {
                data = true;
            } else if (data) {
                if (t.startsWith("{")) {
                    throw new TrainingException(
                            "Sparse ARFF is not supported (line " + number + ")");
                }
                limit(rows);
                rows.add(row(split(t, ','), columns.size(), number));
            }
        }
        if (columns.isEmpty()) {
            throw new TrainingException("No @attribute lines: is this an ARFF file?");
        }
        return dataSet(name, columns, kinds, rows);
    }

    private static void limit(List<String[]> rows) {
        if (rows.size() >= MAX_ROWS) {
            throw new TrainingException("More than " + MAX_ROWS + " rows: train on a sample");
        }
    }

    private static DataSet dataSet(
            String name, List<String> columns, List<DataSet.Kind> kinds, List<String[]> rows) {
        try {
            return new DataSet(name, columns, kinds, rows);
        } catch (IllegalArgumentException e) {
            throw new TrainingException(e.getMessage());
        }
    }

    private static String[] row(List<String> values, int width, int line) {
        if (values.size() != width) {
            throw new TrainingException(
                    "Line " + line + " has " + values.size() + " values, " + width + " expected");
        }
        return values.toArray(String[]::new);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Splits one line; quotes (single or double) protect separators; missing markers become null.
     */
    static List<String> split(String line, char separator) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quote != 0) {
                if (ch == quote && i + 1 < line.length() && line.charAt(i + 1) == quote) {
                    current.append(ch);
                    i++;
                } else if (ch == quote) {
                    quote = 0;
                } else {
                    current.append(ch);
                }
            } else if ((ch == '"' || ch == '\'') && current.toString().isBlank()) {
                quote = ch;
                quoted = true;
                current.setLength(0);
            } else if (ch == separator) {
                values.add(value(current, quoted));
                current.setLength(0);
                quoted = false;
            } else {
                current.append(ch);
            }
        }
        values.add(value(current, quoted));
        if (values.size() > 10_000) {
            throw new TrainingException("Too many columns");
        }
        return values;
    }

    private static String value(StringBuilder raw, boolean quoted) {
        String v = quoted ? raw.toString() : raw.toString().trim();
        if (!quoted && (v.isEmpty() || "?".equals(v) || "NA".equals(v))) {
            return null;
        }
        return v;
    }
}
