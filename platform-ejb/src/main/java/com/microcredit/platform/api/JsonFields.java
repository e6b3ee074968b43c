package com.microcredit.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field rules of every inbound JSON message (docs/messages.md), one set for every context's
 * parser: the envelope ({@code schemaVersion}, {@code messageType}), texts, integers, booleans,
 * dates, account numbers, currencies and money amounts. Every refusal is an {@link
 * InvalidMessageException} that names the field and the rule; the business key (when it could be
 * read) travels with it to the exception destination. Immutable; a library of the platform's client
 * jar.
 */
public final class JsonFields {

    /** An account number as core banking sends it: 8 to 34 digits or capital letters. */
    public static final String ACCOUNT_PATTERN = "[0-9A-Z]{8,34}";

    /** The longest business key kept with a refusal. */
    public static final int MAX_KEY = 64;

    /**
     * One reader factory for every message: {@code Json.createReader} looks the JSON-P provider up
     * through the service loader on each call, which showed on the settlement stream's profile. A
     * factory is safe for concurrent use (JSON-P specification).
     */
    public static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private final JsonObject json;
    private final String key;

    private JsonFields(JsonObject json, String key) {
        this.json = json;
        this.key = key;
    }

    /**
     * Reads the body as one JSON object of the given type and version; keyField names the business
     * key field (null when the key is composed by the caller).
     */
    public static JsonFields read(
            String body, String messageType, int schemaVersion, String keyField)
            throws InvalidMessageException {
        JsonFields fields = object(body, keyField);
        fields.envelope(messageType, schemaVersion);
        return fields;
    }

    /**
     * Reads the body as one JSON object without checking its envelope yet (a parser that checks its
     * business key first); keyField names the business key field, which is kept when it is a
     * non-blank string of at most {@link #MAX_KEY} characters.
     */
    public static JsonFields object(String body, String keyField) throws InvalidMessageException {
        if (body == null || body.isBlank()) {
            throw new InvalidMessageException("Empty message body", null);
        }
        JsonObject json;
        try (var reader = READERS.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidMessageException("Message body is not a JSON object", null);
            }
            json = value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new InvalidMessageException("Malformed JSON: " + e.getMessage(), null);
        } catch (JsonException e) {
            throw new InvalidMessageException("Unreadable JSON: " + e.getMessage(), null);
        }
        String raw = keyField == null ? null : text(json.get(keyField));
        String key = raw != null && raw.length() <= MAX_KEY ? raw : null;
        WellFormedText.require(json, key);
        return new JsonFields(json, key);
    }

    /** The message's {@code schemaVersion} and {@code messageType} must be the ones given. */
    public void envelope(String messageType, int schemaVersion) throws InvalidMessageException {
        int version = requiredInt("schemaVersion");
        if (version != schemaVersion) {
            throw invalid(
                    "Unsupported schemaVersion " + version + " (expected " + schemaVersion + ")");
        }
        String type = requiredText("messageType", 64);
        if (!messageType.equals(type)) {
            throw invalid("messageType must be " + messageType + " on this queue, was " + type);
        }
    }

    /** A non-blank string value, trimmed; null for anything else. */
    private static String text(JsonValue v) {
        return v instanceof JsonString s && !s.getString().isBlank() ? s.getString().trim() : null;
    }

    /**
     * The field as a trimmed non-blank string, however long, or null when it is absent or not a
     * string: for a parser's own check of its business key before any other rule.
     */
    public String textOrNull(String field) {
        return text(json.get(field));
    }

    public InvalidMessageException invalid(String reason) {
        return new InvalidMessageException(reason, key);
    }

    /** The value of a field that must be present (and not null). */
    private JsonValue required(String field) throws InvalidMessageException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw invalid("Missing field: " + field);
        }
        return v;
    }

    private boolean absent(String field) {
        JsonValue v = json.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL;
    }

    public int requiredInt(String field) throws InvalidMessageException {
        return integer(field, required(field));
    }

    public Integer optionalInt(String field) throws InvalidMessageException {
        return absent(field) ? null : integer(field, json.get(field));
    }

    public long requiredLong(String field) throws InvalidMessageException {
        return whole(field, required(field));
    }

    private int integer(String field, JsonValue v) throws InvalidMessageException {
        long value = whole(field, v);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid(field + " is out of range");
        }
        return (int) value;
    }

    private long whole(String field, JsonValue v) throws InvalidMessageException {
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw invalid(field + " must be an integer");
        }
        try {
            return n.bigIntegerValueExact().longValueExact();
        } catch (ArithmeticException e) {
            throw invalid(field + " is out of range");
        }
    }

    /** true or false; false when absent. */
    public boolean optionalBoolean(String field) throws InvalidMessageException {
        if (absent(field)) {
            return false;
        }
        JsonValue.ValueType type = json.get(field).getValueType();
        if (type != JsonValue.ValueType.TRUE && type != JsonValue.ValueType.FALSE) {
            throw invalid(field + " must be true or false");
        }
        return type == JsonValue.ValueType.TRUE;
    }

    /** A non-blank string of at most maxLength characters (after trimming). */
    public String requiredText(String field, int maxLength) throws InvalidMessageException {
        if (!(required(field) instanceof JsonString s)) {
            throw invalid(field + " must be a string");
        }
        String text = s.getString().trim();
        if (text.isEmpty()) {
            throw invalid(field + " must not be blank");
        }
        if (text.length() > maxLength) {
            throw invalid(field + " longer than " + maxLength + " characters");
        }
        return text;
    }

    /** As {@link #requiredText}, but null when absent or blank. */
    public String optionalText(String field, int maxLength) throws InvalidMessageException {
        if (absent(field)) {
            return null;
        }
        if (!(json.get(field) instanceof JsonString s)) {
            throw invalid(field + " must be a string");
        }
        String text = s.getString().trim();
        if (text.length() > maxLength) {
            throw invalid(field + " longer than " + maxLength + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    public String account(String field, boolean required) throws InvalidMessageException {
        String account = required ? requiredText(field, 34) : optionalText(field, 34);
        if (account != null && !account.matches(ACCOUNT_PATTERN)) {
            throw invalid(field + " must be 8-34 digits or capital letters");
        }
        return account;
    }

    public LocalDate date(String field) throws InvalidMessageException {
        try {
            return LocalDate.parse(requiredText(field, 10));
        } catch (DateTimeParseException e) {
            throw invalid(field + " must be an ISO date (yyyy-MM-dd)");
        }
    }

    public String currency(String field, Set<String> accepted) throws InvalidMessageException {
        String currency = requiredText(field, 3);
        if (!accepted.contains(currency)) {
            throw invalid(field + " " + currency + " is not accepted (accepted: " + accepted + ")");
        }
        return currency;
    }

    /**
     * A money amount: a JSON number or decimal string with at most 2 decimals whose absolute value
     * is at most max (null: no plausibility maximum); negative values only where allowed
     * (balances), zero only where allowed.
     */
    public BigDecimal amount(
            String field, BigDecimal max, boolean negativeAllowed, boolean zeroAllowed)
            throws InvalidMessageException {
        JsonValue v = required(field);
        BigDecimal amount;
        if (v instanceof JsonNumber n) {
            amount = n.bigDecimalValue();
        } else if (v instanceof JsonString s) {
            try {
                amount = new BigDecimal(s.getString().trim());
            } catch (NumberFormatException e) {
                throw invalid(field + " is not a number");
            }
        } else {
            throw invalid(field + " must be a number");
        }
        if (amount.signum() < 0 && !negativeAllowed) {
            throw invalid(field + " must not be negative, was " + amount.toPlainString());
        }
        if (amount.signum() == 0 && !zeroAllowed) {
            throw invalid(field + " must be positive, was " + amount.toPlainString());
        }
        if (max != null && amount.abs().compareTo(max) > 0) {
            throw invalid(
                    field
                            + " "
                            + amount.toPlainString()
                            + " exceeds the plausibility maximum "
                            + max.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw invalid(field + " has more than 2 decimals");
        }
        return amount.setScale(2);
    }

    /** An optional array of strings, each at most maxLength; null when absent. */
    public List<String> optionalTexts(String field, int maxLength) throws InvalidMessageException {
        if (absent(field)) {
            return null;
        }
        JsonValue v = json.get(field);
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid(field + " must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : v.asJsonArray()) {
            if (!(item instanceof JsonString s)
                    || s.getString().isBlank()
                    || s.getString().trim().length() > maxLength
                    || s.getString().indexOf('\n') >= 0
                    || s.getString().indexOf('\r') >= 0) {
                throw invalid(
                        field
                                + " must hold non-blank single-line strings of at most "
                                + maxLength
                                + " characters");
            }
            texts.add(s.getString().trim());
        }
        return texts;
    }
}
