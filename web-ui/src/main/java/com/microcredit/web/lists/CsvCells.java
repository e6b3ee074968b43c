package com.microcredit.web.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The cells of an export, as RFC 4180 fields: every field quoted, quotes doubled; a text starting
 * with =, +, - or @ (or a tab or carriage return) gets a leading apostrophe so that no spreadsheet
 * runs it as a formula; amounts with two decimals rounded half up, plain digits; instants as the
 * bank's local date and time; dates as ISO dates.
 */
public final class CsvCells {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvCells() {}

    /** The text of a value in the export (before quoting). */
    public static String text(Object value, ZoneId bankZone) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof Instant instant) {
            return SECONDS.format(instant.atZone(bankZone));
        }
        if (value instanceof TemporalAccessor t && !(value instanceof Instant)) {
            return String.valueOf(t);
        }
        return String.valueOf(value);
    }

    /** A value as one quoted field. */
    public static String field(Object value, ZoneId bankZone) {
        String v = text(value, bankZone);
        if (!v.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
