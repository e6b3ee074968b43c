package com.microcredit.web.lists;

import java.io.Serializable;
import java.util.function.Function;

/**
 * One column of a list's export: the bundle key of its header and the cell of a row (a text, an
 * amount, a date or an instant; {@link CsvCells} writes each in its one form). Identity data is the
 * masked form the services return, as the page shows it; codes are written as the page's labels of
 * them ({@link #coded}).
 */
public record ListColumn<T>(String headerKey, String labelPrefix, Cell<T> cell)
        implements Serializable {

    /** The value of a row's cell. */
    @FunctionalInterface
    public interface Cell<T> extends Function<T, Object>, Serializable {}

    public static <T> ListColumn<T> of(String headerKey, Cell<T> cell) {
        return new ListColumn<>(headerKey, null, cell);
    }

    /**
     * A column of codes, written as the bundle's text of {@code labelPrefix + code} in the reader's
     * language (the code itself when the bundle has none), as the page shows them.
     */
    public static <T> ListColumn<T> coded(String headerKey, String labelPrefix, Cell<T> cell) {
        return new ListColumn<>(headerKey, labelPrefix, cell);
    }
}
