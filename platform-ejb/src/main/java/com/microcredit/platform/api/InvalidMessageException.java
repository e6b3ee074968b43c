package com.microcredit.platform.api;

import jakarta.json.stream.JsonParsingException;

/**
 * A message that can never be applied, with the reason (a code and its arguments, never a sentence:
 * ADR 0030) and, where it could be read, its business key.
 */
public class InvalidMessageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String businessKey;
    private final transient RefusalReason reason;

    public InvalidMessageException(RefusalReason reason, String businessKey) {
        super(reason.readable());
        this.reason = reason;
        this.businessKey = businessKey;
    }

    /** Refused by {@code code} with its arguments. */
    public InvalidMessageException(String businessKey, InboundReason code, Object... arguments) {
        this(RefusalReason.of(code, arguments), businessKey);
    }

    /** Malformed JSON, by the line and column the parser names ("-" where it names none). */
    public static InvalidMessageException malformed(JsonParsingException e) {
        var at = e.getLocation();
        return new InvalidMessageException(
                null,
                InboundReason.INBOUND_MALFORMED_JSON,
                at == null ? "-" : at.getLineNumber(),
                at == null ? "-" : at.getColumnNumber());
    }

    public String businessKey() {
        return businessKey;
    }

    /** The reason: code and arguments. */
    public RefusalReason reason() {
        return reason;
    }

    /** The same refusal under another business key. */
    public InvalidMessageException withKey(String key) {
        return new InvalidMessageException(reason, key);
    }
}
