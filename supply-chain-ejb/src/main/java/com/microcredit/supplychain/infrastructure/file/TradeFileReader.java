package com.microcredit.supplychain.infrastructure.file;

import com.microcredit.supplychain.application.UnreadableFileException;
import com.microcredit.supplychain.domain.trade.TradeRow;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a hub's trade file into rows exactly as written; the domain's rules judge them.
 *
 * <p>CSV (RFC 4180, UTF-8, optional BOM): a header line naming the columns memberId, kind,
 * documentNumber, tradeDate, amount, currency, hubConfirmed in any order; fields may be quoted;
 * blank lines are skipped; the row's line is its line in the file. JSON: an array of objects with
 * the same fields (strings, numbers or booleans); the row's line is its position from 1.
 */
public class TradeFileReader {

    public static final List<String> COLUMNS =
            List.of(
                    "memberId",
                    "kind",
                    "documentNumber",
                    "tradeDate",
                    "amount",
                    "currency",
                    "hubConfirmed");

    private final int maxRows;

    public TradeFileReader(int maxRows) {
        this.maxRows = maxRows;
    }

    public List<TradeRow> read(String format, byte[] content) throws UnreadableFileException {
        if (content == null || content.length == 0) {
            throw new UnreadableFileException(0, "TRADE_FILE_EMPTY");
        }
        String f = format == null ? "" : format.strip().toUpperCase(Locale.ROOT);
        return switch (f) {
            case "CSV" -> csv(content);
            case "JSON" -> json(content);
            default -> throw new UnreadableFileException(0, "TRADE_FILE_FORMAT", format);
        };
    }

    List<TradeRow> csv(byte[] content) throws UnreadableFileException {
        List<TradeRow> rows = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(
                                new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null) {
                throw new UnreadableFileException(1, "TRADE_FILE_NO_HEADER");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            Map<String, Integer> index = headerIndex(fields(header, 1));
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new UnreadableFileException(number, "TRADE_FILE_TOO_MANY_ROWS", maxRows);
                }
                List<String> v = fields(line, number);
                rows.add(
                        new TradeRow(
                                number,
                                at(v, index, "memberId"),
                                at(v, index, "kind"),
                                at(v, index, "documentNumber"),
                                at(v, index, "tradeDate"),
                                at(v, index, "amount"),
                                at(v, index, "currency"),
                                at(v, index, "hubConfirmed")));
            }
        } catch (IOException e) {
            throw new UnreadableFileException(0, "TRADE_FILE_UNREADABLE");
        }
        return rows;
    }

    List<TradeRow> json(byte[] content) throws UnreadableFileException {
        List<TradeRow> rows = new ArrayList<>();
        try (JsonParser parser =
                Json.createParser(
                        new StringReader(
                                new String(content, StandardCharsets.UTF_8)
                                        .replaceFirst("^\uFEFF", "")))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new UnreadableFileException(0, "TRADE_FILE_NOT_ARRAY");
            }
            int position = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    return rows;
                }
                position++;
                if (rows.size() == maxRows) {
                    throw new UnreadableFileException(
                            position, "TRADE_FILE_TOO_MANY_ROWS", maxRows);
                }
                if (event != JsonParser.Event.START_OBJECT) {
                    throw new UnreadableFileException(position, "TRADE_FILE_NOT_OBJECT", position);
                }
                JsonObject o = parser.getObject();
                rows.add(
                        new TradeRow(
                                position,
                                text(o, "memberId"),
                                text(o, "kind"),
                                text(o, "documentNumber"),
                                text(o, "tradeDate"),
                                text(o, "amount"),
                                text(o, "currency"),
                                text(o, "hubConfirmed")));
            }
            throw new UnreadableFileException(position, "TRADE_FILE_ARRAY_NOT_CLOSED");
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new UnreadableFileException(
                    0,
                    "TRADE_FILE_MALFORMED_JSON",
                    at == null ? "-" : at.getLineNumber(),
                    at == null ? "-" : at.getColumnNumber());
        } catch (JsonException e) {
            throw new UnreadableFileException(0, "TRADE_FILE_UNREADABLE_JSON");
        }
    }

    private static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (v.getValueType()) {
            case STRING -> o.getString(field);
            case NUMBER -> o.getJsonNumber(field).bigDecimalValue().toPlainString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> v.toString();
        };
    }

    private static Map<String, Integer> headerIndex(List<String> header)
            throws UnreadableFileException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            for (String column : COLUMNS) {
                if (column.equalsIgnoreCase(name)) {
                    index.put(column, i);
                }
            }
        }
        List<String> missing =
                COLUMNS.stream()
                        .filter(c -> !c.equals("hubConfirmed") && !index.containsKey(c))
                        .toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFileException(
                    1, "TRADE_FILE_MISSING_COLUMNS", String.join(", ", missing));
        }
        return index;
    }

    private static String at(List<String> values, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= values.size() ? null : values.get(i);
    }

    /**
     * Splits one CSV line; quoted fields may hold commas and doubled quotes (no line breaks
     * inside).
     */
    static List<String> fields(String line, int number) throws UnreadableFileException {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new UnreadableFileException(number, "TRADE_FILE_UNCLOSED_QUOTE", number);
        }
        out.add(field.toString());
        return out;
    }
}
