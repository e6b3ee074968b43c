package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.platform.api.InvalidMessageException;
import com.microcredit.platform.api.JsonFields;
import com.microcredit.platform.api.WellFormedText;
import com.microcredit.portfolio.application.SettlementTransactionMessage;
import com.microcredit.portfolio.domain.settlement.Direction;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates an inbound settlement-transaction message. Every refusal names the field and
 * the rule, so the exception destination tells an operator exactly what to fix.
 */
public class SettlementMessageParser {

    public static final int SCHEMA_VERSION = 1;
    public static final String MESSAGE_TYPE = "SettlementTransaction";

    /** Compiled once: the parser runs for every message of the settlement stream. */
    private static final Pattern ACCOUNT = Pattern.compile(JsonFields.ACCOUNT_PATTERN);

    private static final Pattern INDUSTRY = Pattern.compile("[A-T]\\d{0,4}");

    private final Set<String> acceptedCurrencies;
    private final BigDecimal maxAmount;

    public SettlementMessageParser(Set<String> acceptedCurrencies, BigDecimal maxAmount) {
        this.acceptedCurrencies = Set.copyOf(acceptedCurrencies);
        this.maxAmount = maxAmount;
    }

    public SettlementTransactionMessage parse(String body) throws InvalidMessageException {
        if (body == null || body.isBlank()) {
            throw new InvalidMessageException("Empty message body", null);
        }
        JsonObject json;
        try (var reader = JsonFields.READERS.createReader(new StringReader(body))) {
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
        String key = optionalText(json, "transactionId");
        WellFormedText.require(json, key);
        int version = requiredInt(json, "schemaVersion", key);
        if (version != SCHEMA_VERSION) {
            throw new InvalidMessageException(
                    "Unsupported schemaVersion " + version + " (expected " + SCHEMA_VERSION + ")",
                    key);
        }
        String type = requiredText(json, "messageType", key);
        if (!MESSAGE_TYPE.equals(type)) {
            throw new InvalidMessageException(
                    "messageType must be " + MESSAGE_TYPE + " on this queue, was " + type, key);
        }
        String transactionId = requiredText(json, "transactionId", key);
        if (transactionId.length() > 64) {
            throw new InvalidMessageException("transactionId longer than 64 characters", null);
        }
        String account = requiredText(json, "accountNumber", key);
        if (!ACCOUNT.matcher(account).matches()) {
            throw new InvalidMessageException(
                    "accountNumber must be 8-34 digits or capital letters", key);
        }
        Direction direction;
        try {
            direction = Direction.valueOf(requiredText(json, "direction", key));
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("direction must be CREDIT or DEBIT", key);
        }
        BigDecimal amount = requiredAmount(json, key);
        String currency = requiredText(json, "currency", key);
        if (!acceptedCurrencies.contains(currency)) {
            throw new InvalidMessageException(
                    "currency "
                            + currency
                            + " is not accepted (accepted: "
                            + acceptedCurrencies
                            + ")",
                    key);
        }
        LocalDate valueDate;
        try {
            valueDate = LocalDate.parse(requiredText(json, "valueDate", key));
        } catch (DateTimeParseException e) {
            throw new InvalidMessageException("valueDate must be an ISO date (yyyy-MM-dd)", key);
        }
        String industry = optionalText(json, "counterpartyIndustryCode");
        if (industry != null && !INDUSTRY.matcher(industry).matches()) {
            throw new InvalidMessageException(
                    "counterpartyIndustryCode must be a GB/T 4754 code such as K70", key);
        }
        String counterparty = optionalText(json, "counterpartyName");
        if (counterparty != null && counterparty.length() > 200) {
            throw new InvalidMessageException("counterpartyName longer than 200 characters", key);
        }
        return new SettlementTransactionMessage(
                transactionId,
                account,
                direction,
                amount,
                currency,
                counterparty,
                industry,
                valueDate);
    }

    private BigDecimal requiredAmount(JsonObject json, String key) throws InvalidMessageException {
        JsonValue v = json.get("amount");
        BigDecimal amount;
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidMessageException("Missing field: amount", key);
        } else if (v instanceof JsonNumber n) {
            amount = n.bigDecimalValue();
        } else if (v instanceof JsonString s) {
            try {
                amount = new BigDecimal(s.getString());
            } catch (NumberFormatException e) {
                throw new InvalidMessageException("amount is not a number", key);
            }
        } else {
            throw new InvalidMessageException("amount must be a number", key);
        }
        if (amount.signum() <= 0) {
            throw new InvalidMessageException(
                    "amount must be positive, was " + amount.toPlainString(), key);
        }
        if (amount.compareTo(maxAmount) > 0) {
            throw new InvalidMessageException(
                    "amount "
                            + amount.toPlainString()
                            + " exceeds the plausibility maximum "
                            + maxAmount.toPlainString(),
                    key);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidMessageException("amount has more than 2 decimals", key);
        }
        return amount;
    }

    private static int requiredInt(JsonObject json, String field, String key)
            throws InvalidMessageException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidMessageException("Missing field: " + field, key);
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw new InvalidMessageException(field + " must be an integer", key);
        }
        return n.intValue();
    }

    private static String requiredText(JsonObject json, String field, String key)
            throws InvalidMessageException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidMessageException("Missing field: " + field, key);
        }
        if (!(v instanceof JsonString s)) {
            throw new InvalidMessageException(field + " must be a string", key);
        }
        if (s.getString().isBlank()) {
            throw new InvalidMessageException(field + " must not be blank", key);
        }
        return s.getString().trim();
    }

    private static String optionalText(JsonObject json, String field) {
        JsonValue v = json.get(field);
        return v instanceof JsonString s && !s.getString().isBlank() ? s.getString().trim() : null;
    }
}
