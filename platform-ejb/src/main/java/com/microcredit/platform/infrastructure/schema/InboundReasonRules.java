package com.microcredit.platform.infrastructure.schema;

import com.microcredit.shared.domain.CodedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences refused inbound messages were stored with before codes (ADR 0030), each with the
 * code it became: V28_6 reads a stored reason by these rules. The arguments are the sentence's own
 * figures and names (account numbers already masked by V15_1, which the patterns allow). A reason
 * no rule reads stays readable as {@code LEGACY_TEXT} with the sentence as its argument.
 */
final class InboundReasonRules {

    private record Rule(Pattern pattern, String code) {}

    private static final String WORD = "(\\S+)";

    private static final List<Rule> RULES =
            List.of(
                    rule("Not a text message: " + WORD, "INBOUND_NOT_TEXT"),
                    rule("Empty message body", "INBOUND_EMPTY_BODY"),
                    rule("Message body is not a JSON object", "INBOUND_NOT_JSON_OBJECT"),
                    rule(
                            "Malformed JSON: .*line no=(\\d+), column no=(\\d+).*",
                            "INBOUND_MALFORMED_JSON"),
                    rule("Unreadable JSON: .*", "INBOUND_UNREADABLE_JSON"),
                    rule(
                            "Unsupported schemaVersion " + WORD + " \\(expected (\\d+)\\)",
                            "INBOUND_SCHEMA_VERSION"),
                    rule(
                            "messageType must be " + WORD + " on this queue, was (.*)",
                            "INBOUND_MESSAGE_TYPE"),
                    rule("Missing field: " + WORD, "INBOUND_FIELD_MISSING"),
                    rule(WORD + " must be an integer", "INBOUND_FIELD_NOT_INTEGER"),
                    rule(WORD + " is out of range", "INBOUND_FIELD_OUT_OF_RANGE"),
                    rule(WORD + " must be true or false", "INBOUND_FIELD_NOT_BOOLEAN"),
                    rule(WORD + " must be a string", "INBOUND_FIELD_NOT_STRING"),
                    rule(WORD + " must not be blank", "INBOUND_FIELD_BLANK"),
                    rule(WORD + " longer than (\\d+) characters", "INBOUND_FIELD_TOO_LONG"),
                    rule(WORD + " (?:is not|must be) a number", "INBOUND_FIELD_NOT_NUMBER"),
                    rule(
                            WORD + " must be 8-34 digits or capital letters",
                            "INBOUND_ACCOUNT_FORMAT"),
                    rule(WORD + " must be an ISO date \\(yyyy-MM-dd\\)", "INBOUND_DATE_FORMAT"),
                    rule(
                            WORD + " " + WORD + " is not accepted \\(accepted: \\[?(.*?)\\]?\\)",
                            "INBOUND_CURRENCY_NOT_ACCEPTED"),
                    rule(WORD + " must be an ISO 4217 code such as CNY", "INBOUND_CURRENCY_FORMAT"),
                    rule(WORD + " must be a GB/T 4754 code such as K70", "INBOUND_INDUSTRY_CODE"),
                    rule(
                            WORD + " must be 1-(\\d+) letters, digits or \\. _ : / -",
                            "INBOUND_REFERENCE_FORMAT"),
                    rule(WORD + " must not be negative, was " + WORD, "INBOUND_AMOUNT_NEGATIVE"),
                    rule(WORD + " must be positive, was " + WORD, "INBOUND_AMOUNT_NOT_POSITIVE"),
                    rule(WORD + " must be positive", "INBOUND_FIELD_NOT_POSITIVE"),
                    rule(
                            WORD + " " + WORD + " exceeds the plausibility maximum " + WORD,
                            "INBOUND_AMOUNT_OVER_MAXIMUM"),
                    rule(WORD + " has more than 2 decimals", "INBOUND_AMOUNT_DECIMALS"),
                    rule(
                            WORD
                                    + " must hold non-blank single-line strings of at most (\\d+)"
                                    + " characters",
                            "INBOUND_FIELD_NOT_TEXT_LIST"),
                    rule(WORD + " must be between (\\d+) and (\\d+)", "INBOUND_FIELD_BETWEEN"),
                    rule("(direction) must be (CREDIT) or (DEBIT)", "INBOUND_FIELD_NOT_ONE_OF"),
                    rule(
                            "INVALID_CHARACTER: (.+?) holds a lone UTF-16 surrogate.*",
                            "INVALID_CHARACTER"),
                    rule(WORD + " lists a transaction twice", "INBOUND_IDS_REPEATED"),
                    rule(
                            "transactionIds lists (\\d+) transactions but transactionCount is"
                                    + " (\\d+)",
                            "INBOUND_IDS_COUNT"),
                    rule("principal and interest are both zero", "INBOUND_REPAYMENT_ZERO"),
                    rule(
                            "Unknown account "
                                    + "([^:\\s]+): not a borrower's settlement account at the bank",
                            "INBOUND_UNKNOWN_ACCOUNT"),
                    rule("Unknown loan " + WORD, "INBOUND_UNKNOWN_LOAN"),
                    rule(
                            "currency " + WORD + " differs from the loan's " + WORD,
                            "INBOUND_CURRENCY_DIFFERS"),
                    rule(
                            "principal "
                                    + WORD
                                    + " exceeds the outstanding "
                                    + WORD
                                    + " of "
                                    + WORD,
                            "INBOUND_PRINCIPAL_OVER_OUTSTANDING"),
                    rule(
                            "JMSReplyTo is missing: the answer has nowhere to go",
                            "INBOUND_NO_REPLY_TO"));

    /** ADR 0025's form: {@code CODE|arg|arg}. */
    private static final Pattern PIPED = Pattern.compile("([A-Z][A-Z0-9_]*)\\|(.*)");

    /** A service's refusal as its exception message read: {@code field: CODE [arg, arg]}. */
    private static final Pattern REFUSAL =
            Pattern.compile("(?:(\\w+): )?([A-Z][A-Z0-9_]+)(?: \\[(.*)\\])?");

    private InboundReasonRules() {}

    private static Rule rule(String regex, String code) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), code);
    }

    /**
     * The stored form of a refused message's reason: itself when it already is a coded text, else
     * the code its sentence became, else {@code LEGACY_TEXT} with the sentence.
     */
    static String reason(String stored) {
        if (stored == null || isCoded(stored)) {
            return stored;
        }
        Matcher piped = PIPED.matcher(stored);
        if (piped.matches()) {
            List<String> args = new ArrayList<>(Arrays.asList(piped.group(2).split("\\|", -1)));
            if (piped.group(1).equals("CONFLICTING_CONTENT") && !args.isEmpty()) {
                args.set(0, args.get(0).replace(",", ", "));
            }
            return new CodedText(piped.group(1), args).stored();
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(stored);
            if (m.matches()) {
                List<String> args = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    args.add(m.group(g));
                }
                if (rule.code().equals("INBOUND_FIELD_NOT_ONE_OF")) {
                    args = List.of(args.get(0), args.get(1) + ", " + args.get(2));
                }
                if (rule.code().equals("INBOUND_CURRENCY_NOT_ACCEPTED")) {
                    args.set(2, args.get(2).replace(",", ", ").replace(",  ", ", "));
                }
                return new CodedText(rule.code(), args).stored();
            }
        }
        Matcher refusal = REFUSAL.matcher(stored);
        if (refusal.matches()) {
            List<String> args =
                    refusal.group(3) == null || refusal.group(3).isEmpty()
                            ? List.of()
                            : List.of(refusal.group(3).split(", ", -1));
            List<CodedText> texts = new ArrayList<>();
            texts.add(new CodedText(refusal.group(2), args));
            if (refusal.group(1) != null) {
                texts.add(CodedText.of("INBOUND_FIELD", refusal.group(1)));
            }
            return CodedText.storedList(texts);
        }
        return CodedText.of("LEGACY_TEXT", stored).stored();
    }

    /**
     * A conflict break's detail ({@code CONFLICTING_CONTENT|fields|type}) as its code; else as is.
     */
    static String breakDetail(String stored) {
        Matcher piped = PIPED.matcher(stored == null ? "" : stored);
        if (!piped.matches() || !piped.group(1).equals("CONFLICTING_CONTENT")) {
            return stored;
        }
        String[] args = piped.group(2).split("\\|", -1);
        return CodedText.of(
                        "BREAK_CONFLICTING_CONTENT",
                        args[0].replace(",", ", "),
                        args.length > 1 ? args[1] : "")
                .stored();
    }

    /** An alert's detail {@code INBOUND_CONFLICT|type|key|fields} as its code; else as is. */
    static String alertDetail(String stored) {
        Matcher piped = PIPED.matcher(stored == null ? "" : stored);
        if (!piped.matches() || !piped.group(1).equals("INBOUND_CONFLICT")) {
            return stored;
        }
        List<String> args = new ArrayList<>(Arrays.asList(piped.group(2).split("\\|", -1)));
        if (args.size() >= 3) {
            args.set(2, args.get(2).replace(",", ", "));
        }
        return new CodedText("INBOUND_CONFLICT", args).stored();
    }

    private static boolean isCoded(String stored) {
        return stored.indexOf(CodedText.UNIT) >= 0 || stored.indexOf(CodedText.RECORD) >= 0;
    }
}
