package com.microcredit.portfolio.infrastructure.jms;

import com.microcredit.platform.api.InboundReason;
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
 * Reads and validates an inbound settlement-transaction message. Every refusal is a code ({@link
 * InboundReason}) naming the field and the rule, so the exception destination tells an operator
 * exactly what to fix.
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
            throw new InvalidMessageException(null, InboundReason.INBOUND_EMPTY_BODY);
        }
        JsonObject json;
        try (var reader = JsonFields.READERS.createReader(new StringReader(body))) {
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
        String key = optionalText(json, "transactionId");
        WellFormedText.require(json, key);
        int version = requiredInt(json, "schemaVersion", key);
        if (version != SCHEMA_VERSION) {
            throw new InvalidMessageException(
                    key, InboundReason.INBOUND_SCHEMA_VERSION, version, SCHEMA_VERSION);
        }
        String type = requiredText(json, "messageType", key);
        if (!MESSAGE_TYPE.equals(type)) {
            throw new InvalidMessageException(
                    key, InboundReason.INBOUND_MESSAGE_TYPE, MESSAGE_TYPE, type);
        }
        String transactionId = requiredText(json, "transactionId", key);
        if (transactionId.length() > 64) {
            throw new InvalidMessageException(
                    null,
                    InboundReason.INBOUND_FIELD_TOO_LONG,
                    "transactionId",
                    JsonFields.MAX_KEY);
        }
        String account = requiredText(json, "accountNumber", key);
        if (!ACCOUNT.matcher(account).matches()) {
            throw new InvalidMessageException(
                    key, InboundReason.INBOUND_ACCOUNT_FORMAT, "accountNumber");
        }
        Direction direction;
        try {
            direction = Direction.valueOf(requiredText(json, "direction", key));
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException(
                    key, InboundReason.INBOUND_FIELD_NOT_ONE_OF, "direction", "CREDIT, DEBIT");
        }
        BigDecimal amount = requiredAmount(json, key);
        String currency = requiredText(json, "currency", key);
        if (!acceptedCurrencies.contains(currency)) {
            throw new InvalidMessageException(
                    key,
                    InboundReason.INBOUND_CURRENCY_NOT_ACCEPTED,
                    "currency",
                    currency,
                    String.join(", ", acceptedCurrencies));
        }
        LocalDate valueDate;
        try {
            valueDate = LocalDate.parse(requiredText(json, "valueDate", key));
        } catch (DateTimeParseException e) {
            throw new InvalidMessageException(key, InboundReason.INBOUND_DATE_FORMAT, "valueDate");
        }
        String industry = optionalText(json, "counterpartyIndustryCode");
        if (industry != null && !INDUSTRY.matcher(industry).matches()) {
            throw new InvalidMessageException(
                    key, InboundReason.INBOUND_INDUSTRY_CODE, "counterpartyIndustryCode");
        }
        String counterparty = optionalText(json, "counterpartyName");
        if (counterparty != null && counterparty.length() > 200) {
            throw new InvalidMessageException(
                    key, InboundReason.INBOUND_FIELD_TOO_LONG, "counterpartyName", 200);
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
            throw new InvalidMessageException(key, InboundReason.INBOUND_FIELD_MISSING, "amount");
        } else if (v instanceof JsonNumber n) {
            amount = n.bigDecimalValue();
        } else if (v instanceof JsonString s) {
            try {
                amount = new BigDecimal(s.getString());
            } catch (NumberFormatException e) {
                throw new InvalidMessageException(
                        key, InboundReason.INBOUND_FIELD_NOT_NUMBER, "amount");
            }
        } else {
            throw new InvalidMessageException(
                    key, InboundReason.INBOUND_FIELD_NOT_NUMBER, "amount");
        }
        if (amount.signum() <= 0) {
            throw new InvalidMessageException(
                    key, InboundReason.INBOUND_AMOUNT_NOT_POSITIVE, "amount", amount);
        }
        if (amount.compareTo(maxAmount) > 0) {
            throw new InvalidMessageException(
                    key, InboundReason.INBOUND_AMOUNT_OVER_MAXIMUM, "amount", amount, maxAmount);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidMessageException(key, InboundReason.INBOUND_AMOUNT_DECIMALS, "amount");
        }
        return amount;
    }

    private static int requiredInt(JsonObject json, String field, String key)
            throws InvalidMessageException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidMessageException(key, InboundReason.INBOUND_FIELD_MISSING, field);
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw new InvalidMessageException(key, InboundReason.INBOUND_FIELD_NOT_INTEGER, field);
        }
        return n.intValue();
    }

    private static String requiredText(JsonObject json, String field, String key)
            throws InvalidMessageException {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidMessageException(key, InboundReason.INBOUND_FIELD_MISSING, field);
        }
        if (!(v instanceof JsonString s)) {
            throw new InvalidMessageException(key, InboundReason.INBOUND_FIELD_NOT_STRING, field);
        }
        if (s.getString().isBlank()) {
            throw new InvalidMessageException(key, InboundReason.INBOUND_FIELD_BLANK, field);
        }
        return s.getString().trim();
    }

    private static String optionalText(JsonObject json, String field) {
        JsonValue v = json.get(field);
        return v instanceof JsonString s && !s.getString().isBlank() ? s.getString().trim() : null;
    }
}
