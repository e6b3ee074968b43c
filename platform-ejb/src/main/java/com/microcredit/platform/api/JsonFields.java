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
            throw new InvalidMessageException(null, InboundReason.INBOUND_EMPTY_BODY);
        }
        JsonObject json;
        try (var reader = READERS.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidMessageException(null, InboundReason.INBOUND_NOT_JSON_OBJECT);
            }
            json = value.asJsonObject();
        } catch (JsonParsingException e) {
            throw InvalidMessageException.malformed(e);
        } catch (JsonException e) {
            throw new InvalidMessageException(null, InboundReason.INBOUND_UNREADABLE_JSON);
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
            throw invalid(InboundReason.INBOUND_SCHEMA_VERSION, version, schemaVersion);
        }
        String type = requiredText("messageType", 64);
        if (!messageType.equals(type)) {
            throw invalid(InboundReason.INBOUND_MESSAGE_TYPE, messageType, type);
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

    /** A refusal of this message (with its business key) by {@code code} and its arguments. */
    public InvalidMessageException invalid(InboundReason code, Object... arguments) {
        return new InvalidMessageException(key, code, arguments);
    }

    /** The value of a field that must be present (and not null). */
    private JsonValue required(String field) throws InvalidMessageException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw invalid(InboundReason.INBOUND_FIELD_MISSING, field);
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
            throw invalid(InboundReason.INBOUND_FIELD_OUT_OF_RANGE, field);
        }
        return (int) value;
    }

    private long whole(String field, JsonValue v) throws InvalidMessageException {
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw invalid(InboundReason.INBOUND_FIELD_NOT_INTEGER, field);
        }
        try {
            return n.bigIntegerValueExact().longValueExact();
        } catch (ArithmeticException e) {
            throw invalid(InboundReason.INBOUND_FIELD_OUT_OF_RANGE, field);
        }
    }

    /** true or false; false when absent. */
    public boolean optionalBoolean(String field) throws InvalidMessageException {
        if (absent(field)) {
            return false;
        }
        JsonValue.ValueType type = json.get(field).getValueType();
        if (type != JsonValue.ValueType.TRUE && type != JsonValue.ValueType.FALSE) {
            throw invalid(InboundReason.INBOUND_FIELD_NOT_BOOLEAN, field);
        }
        return type == JsonValue.ValueType.TRUE;
    }

    /** A non-blank string of at most maxLength characters (after trimming). */
    public String requiredText(String field, int maxLength) throws InvalidMessageException {
        if (!(required(field) instanceof JsonString s)) {
            throw invalid(InboundReason.INBOUND_FIELD_NOT_STRING, field);
        }
        String text = s.getString().trim();
        if (text.isEmpty()) {
            throw invalid(InboundReason.INBOUND_FIELD_BLANK, field);
        }
        if (text.length() > maxLength) {
            throw invalid(InboundReason.INBOUND_FIELD_TOO_LONG, field, maxLength);
        }
        return text;
    }

    /** As {@link #requiredText}, but null when absent or blank. */
    public String optionalText(String field, int maxLength) throws InvalidMessageException {
        if (absent(field)) {
            return null;
        }
        if (!(json.get(field) instanceof JsonString s)) {
            throw invalid(InboundReason.INBOUND_FIELD_NOT_STRING, field);
        }
        String text = s.getString().trim();
        if (text.length() > maxLength) {
            throw invalid(InboundReason.INBOUND_FIELD_TOO_LONG, field, maxLength);
        }
        return text.isEmpty() ? null : text;
    }

    public String account(String field, boolean required) throws InvalidMessageException {
        String account = required ? requiredText(field, 34) : optionalText(field, 34);
        if (account != null && !account.matches(ACCOUNT_PATTERN)) {
            throw invalid(InboundReason.INBOUND_ACCOUNT_FORMAT, field);
        }
        return account;
    }

    public LocalDate date(String field) throws InvalidMessageException {
        try {
            return LocalDate.parse(requiredText(field, 10));
        } catch (DateTimeParseException e) {
            throw invalid(InboundReason.INBOUND_DATE_FORMAT, field);
        }
    }

    public String currency(String field, Set<String> accepted) throws InvalidMessageException {
        String currency = requiredText(field, 3);
        if (!accepted.contains(currency)) {
            throw invalid(
                    InboundReason.INBOUND_CURRENCY_NOT_ACCEPTED,
                    field,
                    currency,
                    String.join(", ", accepted));
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
                throw invalid(InboundReason.INBOUND_FIELD_NOT_NUMBER, field);
            }
        } else {
            throw invalid(InboundReason.INBOUND_FIELD_NOT_NUMBER, field);
        }
        if (amount.signum() < 0 && !negativeAllowed) {
            throw invalid(InboundReason.INBOUND_AMOUNT_NEGATIVE, field, amount);
        }
        if (amount.signum() == 0 && !zeroAllowed) {
            throw invalid(InboundReason.INBOUND_AMOUNT_NOT_POSITIVE, field, amount);
        }
        if (max != null && amount.abs().compareTo(max) > 0) {
            throw invalid(InboundReason.INBOUND_AMOUNT_OVER_MAXIMUM, field, amount, max);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw invalid(InboundReason.INBOUND_AMOUNT_DECIMALS, field);
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
            throw invalid(InboundReason.INBOUND_FIELD_NOT_TEXT_LIST, field, maxLength);
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : v.asJsonArray()) {
            if (!(item instanceof JsonString s)
                    || s.getString().isBlank()
                    || s.getString().trim().length() > maxLength
                    || s.getString().indexOf('\n') >= 0
                    || s.getString().indexOf('\r') >= 0) {
                throw invalid(InboundReason.INBOUND_FIELD_NOT_TEXT_LIST, field, maxLength);
            }
            texts.add(s.getString().trim());
        }
        return texts;
    }
}
