package com.microcredit.web.shell;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a browser's CSP violation report into one line per violation, both forms: {@code
 * report-uri}'s {@code {"csp-report": {...}}} and the Reporting API's list of {@code
 * {"type":"csp-violation","body":{...}}}. Addresses lose their query and fragment (a page's
 * parameters are not the log's business), every value is cut to 200 characters and control
 * characters become spaces, so a report cannot forge log lines. Anything else reads as no
 * violation.
 */
final class CspReports {

    private static final int MAX_VALUE = 200;

    private CspReports() {}

    static List<String> read(String body) {
        List<String> lines = new ArrayList<>();
        JsonStructure json;
        try {
            json = Json.createReader(new StringReader(body)).read();
        } catch (JsonException | IllegalStateException e) {
            return lines;
        }
        if (json instanceof JsonObject report && report.get("csp-report") instanceof JsonObject v) {
            lines.add(
                    line(
                            first(v, "effective-directive", "violated-directive"),
                            text(v, "blocked-uri"),
                            text(v, "document-uri"),
                            text(v, "source-file"),
                            text(v, "line-number")));
        } else if (json.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : json.asJsonArray()) {
                if (item instanceof JsonObject report
                        && "csp-violation".equals(text(report, "type"))
                        && report.get("body") instanceof JsonObject v) {
                    lines.add(
                            line(
                                    text(v, "effectiveDirective"),
                                    text(v, "blockedURL"),
                                    text(v, "documentURL"),
                                    text(v, "sourceFile"),
                                    text(v, "lineNumber")));
                }
            }
        }
        return lines;
    }

    private static String line(
            String directive, String blocked, String page, String source, String lineNumber) {
        return "directive="
                + clean(directive)
                + " blocked="
                + clean(withoutQuery(blocked))
                + " page="
                + clean(withoutQuery(page))
                + " source="
                + clean(withoutQuery(source))
                + (lineNumber.isEmpty() ? "" : ":" + clean(lineNumber));
    }

    private static String first(JsonObject o, String name, String otherwise) {
        String value = text(o, name);
        return value.isEmpty() ? text(o, otherwise) : value;
    }

    private static String text(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value.getValueType() == JsonValue.ValueType.STRING
                ? o.getString(name)
                : value.toString();
    }

    static String withoutQuery(String address) {
        int cut = address.length();
        for (char c : new char[] {'?', '#'}) {
            int at = address.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return address.substring(0, cut);
    }

    private static String clean(String value) {
        String cut = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.isEmpty() ? "-" : out.toString();
    }
}
