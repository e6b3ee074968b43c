package com.microcredit.platform.infrastructure.schema;

import com.microcredit.shared.domain.CodedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English audit details written before codes (issue 26), turned into the codes with arguments
 * the services write now (ADR 0027), for V28_9: one pattern per sentence the services wrote; a
 * detail no pattern knows becomes {@code LEGACY_TEXT} with the text as its argument, a coded detail
 * stays as it is.
 */
final class LegacyAuditDetails {

    static final String LEGACY_TEXT = "LEGACY_TEXT";
    static final int DETAIL_LENGTH = 500;

    private record Rule(String action, Pattern pattern, Function<Matcher, CodedText> coded) {}

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rule(String action, String regex, Function<Matcher, CodedText> coded) {
        RULES.add(new Rule(action, Pattern.compile(regex, Pattern.DOTALL), coded));
    }

    private static CodedText coded(String code, Matcher m, int... groups) {
        Object[] args = new Object[groups.length];
        for (int i = 0; i < groups.length; i++) {
            args[i] = m.group(groups[i]);
        }
        return CodedText.of(code, args);
    }

    private static String channel(String channel) {
        return "CHANNEL_" + channel.toUpperCase(Locale.ROOT);
    }

    private static String view(String what) {
        return switch (what) {
            case "borrower record" -> "VIEW_RECORD";
            case "unmasked identity" -> "VIEW_UNMASKED";
            case "360 view" -> "VIEW_360";
            default -> "VIEW_ASSOCIATED_PERSONS";
        };
    }

    static {
        rule(
                "BORROWER_VIEW",
                "(borrower record|unmasked identity|360 view|associated persons)",
                m -> CodedText.of("AUDIT_BORROWER_VIEWED", view(m.group(1))));
        rule(
                "UNMASK",
                "identity, settlement account and mobile shown in full; reason: (.*)",
                m -> coded("AUDIT_UNMASKED", m, 1));
        rule("BORROWER_SEARCH", "mobile (.*)", m -> coded("AUDIT_SEARCH_BY_MOBILE", m, 1));
        rule("BORROWER_SEARCH", "name contains \"(.*)\"", m -> coded("AUDIT_SEARCH_BY_NAME", m, 1));
        rule(
                "BORROWER_REGISTER",
                "(ENTERPRISE|INDIVIDUAL) (.*)",
                m -> coded("AUDIT_BORROWER_REGISTERED", m, 1, 2));
        rule(
                "DECISION",
                "referral review: ([A-Z_]+), borrower (\\d+)",
                m -> coded("AUDIT_REFERRAL_REVIEWED", m, 1, 2));
        rule(
                "DECISION",
                "automated decision: ([A-Z_]+), ([-\\d.]+) ([A-Z]{3}), borrower (\\d+)",
                m -> coded("AUDIT_AUTOMATED_DECISION", m, 1, 2, 3, 4));
        rule("OFFER_ACCEPTED", "(\\S+)", m -> coded("AUDIT_OFFER_ACCEPTED", m, 1));
        for (String consent : List.of("CONSENT_RECORDED", "CONSENT_REVOKED")) {
            rule(
                    consent,
                    "(\\d+) ([A-Z_]+) ([A-Z_,]*)",
                    m ->
                            CodedText.of(
                                    "AUDIT_CONSENT",
                                    m.group(1),
                                    m.group(2),
                                    m.group(3).replace(",", ", ")));
        }
        rule(
                "SIGNAL_ACTION",
                "([A-Z_]+) (\\d+) (\\S+)",
                m -> coded("AUDIT_SIGNAL_STEP", m, 1, 2, 3));
        rule(
                "LIMIT_CHANGE",
                "(proposed|approved \\(second person\\)|rejected): ([A-Z_]+) (.*) to ([-\\d.]+)",
                m ->
                        CodedText.of(
                                m.group(1).startsWith("proposed")
                                        ? "AUDIT_LIMIT_PROPOSED"
                                        : m.group(1).startsWith("approved")
                                                ? "AUDIT_LIMIT_APPROVED"
                                                : "AUDIT_LIMIT_REJECTED",
                                m.group(2),
                                m.group(3),
                                m.group(4)));
        rule(
                "LIMIT_CHANGE",
                "recalibration proposed",
                m -> CodedText.of("AUDIT_CALIBRATION_PROPOSED"));
        rule(
                "LIMIT_CHANGE",
                "recalibration rejected",
                m -> CodedText.of("AUDIT_CALIBRATION_REJECTED"));
        rule(
                "LIMIT_CHANGE",
                "recalibration approved \\(second person\\), ceiling ([-\\d.]+)",
                m -> coded("AUDIT_CALIBRATION_APPROVED", m, 1));
        rule(
                "ALERT_ACKNOWLEDGED",
                "([A-Z_]+) of (.+)",
                m -> coded("AUDIT_ALERT_ACKNOWLEDGED", m, 1, 2));
        rule("LOGIN", "(web|api)", m -> CodedText.of("AUDIT_SIGNED_IN", channel(m.group(1))));
        rule("LOGOUT", "(web|api)", m -> CodedText.of("AUDIT_SIGNED_OUT", channel(m.group(1))));
        rule(
                "LOGIN_FAILED",
                "(web|api): user name or password not accepted",
                m -> CodedText.of("AUDIT_LOGIN_REFUSED", channel(m.group(1))));
        rule(
                "LOGIN_FAILED",
                "(web|api): password does not meet the password policy",
                m -> CodedText.of("AUDIT_LOGIN_WEAK_PASSWORD", channel(m.group(1))));
        rule(
                "LOGIN_LOCKED",
                "(web|api): refused, locked until (.*)",
                m -> CodedText.of("AUDIT_LOGIN_WHILE_LOCKED", channel(m.group(1)), m.group(2)));
        rule(
                "LOGIN_LOCKED",
                "locked for (\\d+) minutes after (\\d+) failed sign-ins",
                m -> coded("AUDIT_LOCKED", m, 1, 2));
        rule(
                "HUB_PAYMENT",
                "payment (\\S+) of hub (\\d+) for invoice (.+): ([-\\d.]+) ([A-Z]{3}), repaid"
                        + " ([-\\d.]+), outstanding ([-\\d.]+)",
                m -> coded("AUDIT_HUB_PAYMENT", m, 1, 2, 3, 4, 5, 6, 7));
        rule(
                "TRADE_IMPORT",
                "hub (\\d+), file (.+) \\((\\w+)\\): IMPORTED, (\\d+) of (\\d+) rows",
                m -> coded("AUDIT_TRADE_IMPORTED", m, 1, 2, 3, 4, 5));
        rule(
                "TRADE_IMPORT",
                "hub (\\d+), file (.+) \\((\\w+)\\): REFUSED, (\\d+) of (\\d+) rows rejected",
                m -> coded("AUDIT_TRADE_REFUSED", m, 1, 2, 3, 4, 5));
        rule(
                "RECEIVABLE_FINANCING",
                "invoice (.+) of hub (\\d+) confirmed by the hub",
                m -> coded("AUDIT_INVOICE_CONFIRMED", m, 1, 2));
        rule(
                "RECEIVABLE_FINANCING",
                "invoice (.+) of hub (\\d+), borrower (\\d+): advance ([-\\d.]+) ([A-Z]{3}) of"
                        + " ([-\\d.]+) at ([-\\d.]+)",
                m -> coded("AUDIT_FINANCED", m, 1, 2, 3, 4, 5, 6, 7));
        rule(
                "EXPORT",
                "(\\d+) rows; filters from=(\\S*) to=(\\S*) actor=(\\S*) action=(\\S*)"
                        + " subject=(\\S*) borrowers=(\\S*)",
                m -> coded("AUDIT_TRAIL_EXPORTED", m, 1, 2, 3, 4, 5, 6, 7));
    }

    private LegacyAuditDetails() {}

    /**
     * The detail as the services write it now: coded as it was, or the code of the sentence it
     * holds, or {@code LEGACY_TEXT}; null or blank as it is.
     */
    static String coded(String action, String detail) {
        if (detail == null || detail.isBlank()) {
            return detail;
        }
        List<CodedText> texts = CodedText.parseList(detail);
        if (!texts.get(0).isPlain()) {
            return detail;
        }
        String text = detail.strip();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(text);
            if (r.action().equals(action) && m.matches()) {
                return CodedText.storedList(List.of(r.coded().apply(m)), DETAIL_LENGTH);
            }
        }
        return CodedText.storedList(List.of(CodedText.of(LEGACY_TEXT, text)), DETAIL_LENGTH);
    }
}
