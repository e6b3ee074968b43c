package com.microcredit.origination.infrastructure.jms;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * Reads and validates a decision request from core banking's online channel. Every refusal names
 * the field and the rule, so the exception destination tells an operator exactly what to fix. The
 * product's own terms (amount and term ranges, currency, methods) are checked by the decision.
 */
public final class DecisionRequestParser {

    public static final int SCHEMA_VERSION = 1;
    public static final String MESSAGE_TYPE = "DecisionRequest";
    static final int MAX_REFERENCE = 64;

    public DecisionRequestMessage parse(String body) throws InvalidDecisionRequestException {
        JsonObject json = object(body);
        String key = optionalText(json, "channelReference");
        if (key != null && (key.length() > MAX_REFERENCE || !key.matches("[A-Za-z0-9._:/-]+"))) {
            throw new InvalidDecisionRequestException(
                    "channelReference must be 1-" + MAX_REFERENCE + " letters, digits or . _ : / -",
                    null);
        }
        int version = requiredInt(json, "schemaVersion", key);
        if (version != SCHEMA_VERSION) {
            throw new InvalidDecisionRequestException(
                    "Unsupported schemaVersion " + version + " (expected " + SCHEMA_VERSION + ")",
                    key);
        }
        String type = requiredText(json, "messageType", key);
        if (!MESSAGE_TYPE.equals(type)) {
            throw new InvalidDecisionRequestException(
                    "messageType must be " + MESSAGE_TYPE + " on this queue, was " + type, key);
        }
        String reference = requiredText(json, "channelReference", key);
        long borrowerId = requiredLong(json, "borrowerId", key);
        if (borrowerId <= 0) {
            throw new InvalidDecisionRequestException("borrowerId must be positive", key);
        }
        String product = requiredText(json, "productCode", key);
        BigDecimal amount = requiredAmount(json, key);
        String currency = requiredText(json, "currency", key);
        if (!currency.matches("[A-Z]{3}")) {
            throw new InvalidDecisionRequestException(
                    "currency must be an ISO 4217 code such as CNY", key);
        }
        int term = requiredInt(json, "termMonths", key);
        if (term <= 0) {
            throw new InvalidDecisionRequestException("termMonths must be positive", key);
        }
        String method = requiredText(json, "repaymentMethod", key);
        String purpose = requiredText(json, "purpose", key);
        if (purpose.length() > 500) {
            throw new InvalidDecisionRequestException("purpose longer than 500 characters", key);
        }
        return new DecisionRequestMessage(
                reference,
                borrowerId,
                product,
                amount,
                currency,
                term,
                method,
                purpose,
                optionalBoolean(json, "acceptOffer", key));
    }

    private static JsonObject object(String body) throws InvalidDecisionRequestException {
        if (body == null || body.isBlank()) {
            throw new InvalidDecisionRequestException("Empty message body", null);
        }
        try (var reader = JsonMessages.READERS.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidDecisionRequestException(
                        "Message body is not a JSON object", null);
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new InvalidDecisionRequestException("Malformed JSON: " + e.getMessage(), null);
        }
    }

    private static BigDecimal requiredAmount(JsonObject json, String key)
            throws InvalidDecisionRequestException {
        JsonValue v = json.get("amount");
        BigDecimal amount;
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidDecisionRequestException("Missing field: amount", key);
        } else if (v instanceof JsonNumber n) {
            amount = n.bigDecimalValue();
        } else if (v instanceof JsonString s) {
            try {
                amount = new BigDecimal(s.getString().trim());
            } catch (NumberFormatException e) {
                throw new InvalidDecisionRequestException("amount is not a number", key);
            }
        } else {
            throw new InvalidDecisionRequestException(
                    "amount must be a number or a decimal string", key);
        }
        if (amount.signum() <= 0) {
            throw new InvalidDecisionRequestException(
                    "amount must be positive, was " + amount.toPlainString(), key);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidDecisionRequestException("amount has more than 2 decimals", key);
        }
        return amount.setScale(2);
    }

    private static int requiredInt(JsonObject json, String field, String key)
            throws InvalidDecisionRequestException {
        long value = requiredLong(json, field, key);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidDecisionRequestException(field + " is out of range", key);
        }
        return (int) value;
    }

    private static long requiredLong(JsonObject json, String field, String key)
            throws InvalidDecisionRequestException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidDecisionRequestException("Missing field: " + field, key);
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw new InvalidDecisionRequestException(field + " must be an integer", key);
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidDecisionRequestException(field + " is out of range", key);
        }
    }

    private static String requiredText(JsonObject json, String field, String key)
            throws InvalidDecisionRequestException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidDecisionRequestException("Missing field: " + field, key);
        }
        if (!(v instanceof JsonString s)) {
            throw new InvalidDecisionRequestException(field + " must be a string", key);
        }
        if (s.getString().isBlank()) {
            throw new InvalidDecisionRequestException(field + " must not be blank", key);
        }
        return s.getString().trim();
    }

    private static boolean optionalBoolean(JsonObject json, String field, String key)
            throws InvalidDecisionRequestException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (v.getValueType() != JsonValue.ValueType.TRUE
                && v.getValueType() != JsonValue.ValueType.FALSE) {
            throw new InvalidDecisionRequestException(field + " must be true or false", key);
        }
        return v.getValueType() == JsonValue.ValueType.TRUE;
    }

    private static String optionalText(JsonObject json, String field) {
        JsonValue v = json.get(field);
        return v instanceof JsonString s && !s.getString().isBlank() ? s.getString().trim() : null;
    }
}
