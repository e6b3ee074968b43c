package com.microcredit.web.lists;

import com.microcredit.platform.api.PageRequest;
import com.microcredit.platform.api.PageResult;
import com.microcredit.protection.api.AuditEvent;
import com.microcredit.protection.api.AuditTrail;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one CSV export of a list (issue 26): UTF-8 with a byte-order mark (spreadsheets then read
 * Chinese right), CRLF lines, headers from the bundle in the reader's language, the rows the
 * filters and sort of the page select, read and written a page of {@value PageRequest#MAX_LIMIT} at
 * a time (never the whole list in memory), at most {@value #MAX_ROWS} rows. Every export is on the
 * audit trail – who (the caller), which list, the filters and sort, how many rows – also when the
 * transfer broke off (then marked {@code INCOMPLETE}).
 */
public final class ListExport {

    /** The most rows one export writes. */
    public static final int MAX_ROWS = 100_000;

    private static final String BUNDLE = "com.microcredit.web.messages";

    private ListExport() {}

    /** A file name for the export of this list ({@code <list>.csv}). */
    public static String fileName(ListDefinition<?> list) {
        return list.name() + ".csv";
    }

    /**
     * Streams the list from the request's offset on to {@code out} and audits it; returns the
     * number of rows written.
     */
    public static <T> long write(
            OutputStream out,
            ListDefinition<T> list,
            PageRequest request,
            Locale locale,
            ZoneId bankZone,
            AuditTrail trail)
            throws IOException {
        long rows = 0;
        boolean complete = false;
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\ufeff');
            ResourceBundle bundle = bundle(locale);
            w.write(header(list.columns(), bundle));
            PageRequest chunk = request.withLimit(PageRequest.MAX_LIMIT);
            while (rows < MAX_ROWS) {
                PageResult<T> result = list.reader().read(chunk);
                for (T row : result.rows()) {
                    w.write(line(list.columns(), row, bundle, bankZone));
                    rows++;
                }
                w.flush();
                if (!result.hasMore() || result.rows().isEmpty()) {
                    break;
                }
                chunk = chunk.from(chunk.offset() + result.rows().size());
            }
            w.flush();
            complete = true;
        } finally {
            trail.recordAlways(
                    AuditEvent.of(
                            "EXPORT",
                            "LIST",
                            list.name(),
                            rows
                                    + " rows"
                                    + (complete ? "" : " INCOMPLETE")
                                    + "; filters "
                                    + request.describe()
                                    + "; sort "
                                    + (request.sort() == null ? "default" : request.sort())
                                    + (request.descending() ? " desc" : "")));
        }
        return rows;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, Thread.currentThread().getContextClassLoader());
    }

    static <T> String header(List<ListColumn<T>> columns, ResourceBundle bundle) {
        StringBuilder s = new StringBuilder();
        for (ListColumn<T> c : columns) {
            s.append(s.isEmpty() ? "" : ",")
                    .append(CsvCells.field(text(bundle, c.headerKey()), null));
        }
        return s.append("\r\n").toString();
    }

    static <T> String line(List<ListColumn<T>> columns, T row, ResourceBundle bundle, ZoneId zone) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            ListColumn<T> c = columns.get(i);
            Object value = c.cell().apply(row);
            if (c.labelPrefix() != null && value != null) {
                value = text(bundle, c.labelPrefix() + value);
                value =
                        String.valueOf(value).startsWith(c.labelPrefix())
                                ? String.valueOf(value).substring(c.labelPrefix().length())
                                : value;
            }
            s.append(i == 0 ? "" : ",").append(CsvCells.field(value, zone));
        }
        return s.append("\r\n").toString();
    }

    /** The bundle's text of a key, the key itself when the bundle has none. */
    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
