package com.microcredit.portfolio.infrastructure.jms;

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

/**
 * Field rules shared by the inbound parsers. Every refusal names the field and the rule; the
 * business key (when it could be read) travels with it to the exception destination.
 */
final class JsonFields {

    static final String ACCOUNT_PATTERN = "[0-9A-Z]{8,34}";

    /**
     * One reader factory for every message: {@code Json.createReader} looks the JSON-P provider up
     * through the service loader on each call, which showed on the settlement stream's profile. A
     * factory is safe for concurrent use (JSON-P specification).
     */
    static final JsonReaderFactory READERS = Json.createReaderFactory(java.util.Map.of());

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
    static JsonFields read(String body, String messageType, int schemaVersion, String keyField)
            throws InvalidMessageException {
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
        JsonValue k = keyField == null ? null : json.get(keyField);
        String key =
                k instanceof JsonString s
                                && !s.getString().isBlank()
                                && s.getString().length() <= 64
                        ? s.getString().trim()
                        : null;
        JsonFields fields = new JsonFields(json, key);
        int version = fields.requiredInt("schemaVersion");
        if (version != schemaVersion) {
            throw fields.invalid(
                    "Unsupported schemaVersion " + version + " (expected " + schemaVersion + ")");
        }
        String type = fields.requiredText("messageType", 64);
        if (!messageType.equals(type)) {
            throw fields.invalid(
                    "messageType must be " + messageType + " on this queue, was " + type);
        }
        return fields;
    }

    String key() {
        return key;
    }

    InvalidMessageException invalid(String reason) {
        return new InvalidMessageException(reason, key);
    }

    int requiredInt(String field) throws InvalidMessageException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw invalid("Missing field: " + field);
        }
        return integer(field, v);
    }

    Integer optionalInt(String field) throws InvalidMessageException {
        JsonValue v = json.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : integer(field, v);
    }

    private int integer(String field, JsonValue v) throws InvalidMessageException {
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw invalid(field + " must be an integer");
        }
        try {
            return n.bigIntegerValueExact().intValueExact();
        } catch (ArithmeticException e) {
            throw invalid(field + " is out of range");
        }
    }

    String requiredText(String field, int maxLength) throws InvalidMessageException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw invalid("Missing field: " + field);
        }
        if (!(v instanceof JsonString s)) {
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

    String optionalText(String field, int maxLength) throws InvalidMessageException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw invalid(field + " must be a string");
        }
        String text = s.getString().trim();
        if (text.length() > maxLength) {
            throw invalid(field + " longer than " + maxLength + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    String account(String field, boolean required) throws InvalidMessageException {
        String account = required ? requiredText(field, 34) : optionalText(field, 34);
        if (account != null && !account.matches(ACCOUNT_PATTERN)) {
            throw invalid(field + " must be 8-34 digits or capital letters");
        }
        return account;
    }

    LocalDate date(String field) throws InvalidMessageException {
        try {
            return LocalDate.parse(requiredText(field, 10));
        } catch (DateTimeParseException e) {
            throw invalid(field + " must be an ISO date (yyyy-MM-dd)");
        }
    }

    String currency(String field, java.util.Set<String> accepted) throws InvalidMessageException {
        String currency = requiredText(field, 3);
        if (!accepted.contains(currency)) {
            throw invalid(field + " " + currency + " is not accepted (accepted: " + accepted + ")");
        }
        return currency;
    }

    /**
     * A money amount: a JSON number or decimal string with at most 2 decimals whose absolute value
     * is at most max; negative values only where allowed (balances), zero only where allowed.
     */
    BigDecimal amount(String field, BigDecimal max, boolean negativeAllowed, boolean zeroAllowed)
            throws InvalidMessageException {
        JsonValue v = json.get(field);
        BigDecimal amount;
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw invalid("Missing field: " + field);
        } else if (v instanceof JsonNumber n) {
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
        if (amount.abs().compareTo(max) > 0) {
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
    java.util.List<String> optionalTexts(String field, int maxLength)
            throws InvalidMessageException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid(field + " must be an array of strings");
        }
        java.util.List<String> texts = new java.util.ArrayList<>();
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
