package com.microcredit.origination.infrastructure.jms;

import com.microcredit.platform.api.InboundReason;
import com.microcredit.platform.api.InvalidMessageException;
import com.microcredit.platform.api.JsonFields;
import java.math.BigDecimal;

/**
 * Reads and validates a decision request from core banking's online channel (schema version 1,
 * docs/messages.md) with the platform's field rules ({@link JsonFields}, the same as every inbound
 * message), so every refusal names the field and the rule and the exception destination tells an
 * operator exactly what to fix. What is the channel's own: the form of its reference and the
 * positive borrower id, amount and term. The product's terms (amount and term ranges, currency,
 * methods) are checked by the decision.
 */
public final class DecisionRequestParser {

    public static final int SCHEMA_VERSION = 1;
    public static final String MESSAGE_TYPE = "DecisionRequest";
    static final String KEY = "channelReference";
    static final int MAX_REFERENCE = JsonFields.MAX_KEY;

    public DecisionRequestMessage parse(String body) throws InvalidMessageException {
        JsonFields f = JsonFields.object(body, KEY);
        String key = f.textOrNull(KEY);
        if (key != null && (key.length() > MAX_REFERENCE || !key.matches("[A-Za-z0-9._:/-]+"))) {
            throw new InvalidMessageException(
                    null, InboundReason.INBOUND_REFERENCE_FORMAT, KEY, MAX_REFERENCE);
        }
        f.envelope(MESSAGE_TYPE, SCHEMA_VERSION);
        String reference = f.requiredText(KEY, MAX_REFERENCE);
        long borrowerId = f.requiredLong("borrowerId");
        if (borrowerId <= 0) {
            throw f.invalid(InboundReason.INBOUND_FIELD_NOT_POSITIVE, "borrowerId");
        }
        String product = f.requiredText("productCode", Integer.MAX_VALUE);
        BigDecimal amount = f.amount("amount", null, false, false);
        String currency = f.requiredText("currency", Integer.MAX_VALUE);
        if (!currency.matches("[A-Z]{3}")) {
            throw f.invalid(InboundReason.INBOUND_CURRENCY_FORMAT, "currency");
        }
        int term = f.requiredInt("termMonths");
        if (term <= 0) {
            throw f.invalid(InboundReason.INBOUND_FIELD_NOT_POSITIVE, "termMonths");
        }
        String method = f.requiredText("repaymentMethod", Integer.MAX_VALUE);
        String purpose = f.requiredText("purpose", 500);
        return new DecisionRequestMessage(
                reference,
                borrowerId,
                product,
                amount,
                currency,
                term,
                method,
                purpose,
                f.optionalBoolean("acceptOffer"));
    }
}
