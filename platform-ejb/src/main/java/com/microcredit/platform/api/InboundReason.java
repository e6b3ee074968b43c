package com.microcredit.platform.api;

/**
 * The codes of every reason an inbound message is refused for (ADR 0030): the intake never writes a
 * sentence. A refusal is stored as the code with its arguments (ADR 0027's {@code CodedText}); the
 * pages render it by {@code coded.<CODE>} in the reader's language, the exception destination and
 * the decision reply carry the code and arguments for core banking's programs and a text in the
 * bank's configured language ({@link InboundReasonTexts}). Each constant names its arguments.
 */
public enum InboundReason {
    /** The message is no text message: [its JMS type]. */
    INBOUND_NOT_TEXT,
    INBOUND_EMPTY_BODY,
    INBOUND_NOT_JSON_OBJECT,
    /** [line, column] of the first error, "-" when the parser names none. */
    INBOUND_MALFORMED_JSON,
    INBOUND_UNREADABLE_JSON,
    /** [version sent, version expected]. */
    INBOUND_SCHEMA_VERSION,
    /** [type expected on this queue, type sent]. */
    INBOUND_MESSAGE_TYPE,
    /** [field]. */
    INBOUND_FIELD_MISSING,
    /** [field]. */
    INBOUND_FIELD_NOT_INTEGER,
    /** [field]. */
    INBOUND_FIELD_OUT_OF_RANGE,
    /** [field]. */
    INBOUND_FIELD_NOT_BOOLEAN,
    /** [field]. */
    INBOUND_FIELD_NOT_STRING,
    /** [field]. */
    INBOUND_FIELD_BLANK,
    /** [field, maximum length]. */
    INBOUND_FIELD_TOO_LONG,
    /** [field]. */
    INBOUND_FIELD_NOT_NUMBER,
    /** [field]. */
    INBOUND_FIELD_NOT_POSITIVE,
    /** [field, lowest, highest]. */
    INBOUND_FIELD_BETWEEN,
    /** [field, the values allowed]. */
    INBOUND_FIELD_NOT_ONE_OF,
    /** [field, longest item]. */
    INBOUND_FIELD_NOT_TEXT_LIST,
    /** [field]: an account number's form. */
    INBOUND_ACCOUNT_FORMAT,
    /** [field]. */
    INBOUND_DATE_FORMAT,
    /** [field, currency sent, the accepted ones]. */
    INBOUND_CURRENCY_NOT_ACCEPTED,
    /** [field]. */
    INBOUND_CURRENCY_FORMAT,
    /** [field]. */
    INBOUND_INDUSTRY_CODE,
    /** [field, longest reference]. */
    INBOUND_REFERENCE_FORMAT,
    /** [field, amount]. */
    INBOUND_AMOUNT_NEGATIVE,
    /** [field, amount]. */
    INBOUND_AMOUNT_NOT_POSITIVE,
    /** [field, amount, plausibility maximum]. */
    INBOUND_AMOUNT_OVER_MAXIMUM,
    /** [field]. */
    INBOUND_AMOUNT_DECIMALS,
    /** [field]: a text with a lone UTF-16 surrogate. */
    INVALID_CHARACTER,
    /** [field]. */
    INBOUND_IDS_REPEATED,
    /** [ids listed, transactionCount]. */
    INBOUND_IDS_COUNT,
    INBOUND_REPAYMENT_ZERO,
    /** [account number, masked where stored]. */
    INBOUND_UNKNOWN_ACCOUNT,
    /** [loan reference]. */
    INBOUND_UNKNOWN_LOAN,
    /** [currency sent, the loan's currency]. */
    INBOUND_CURRENCY_DIFFERS,
    /** [principal, outstanding, loan reference]. */
    INBOUND_PRINCIPAL_OVER_OUTSTANDING,
    INBOUND_NO_REPLY_TO,
    /** [the fields that differ] (ADR 0025). */
    CONFLICTING_CONTENT,
    /** [source queue]: moved to the exception destination by the messaging engine. */
    REDELIVERY_LIMIT,
    /**
     * [source queue]: one of our outbound messages core banking did not take, which the messaging
     * engine moved to the outbound exception destination (kept with the refusals, ADR 0030).
     */
    OUTBOUND_UNDELIVERED,
    /** [field]: the field a service's refusal concerns, stored after the refusal's own code. */
    INBOUND_FIELD,
    /** [the text]: a reason stored as a sentence before codes that no rule could read (V28_6). */
    LEGACY_TEXT;
}
