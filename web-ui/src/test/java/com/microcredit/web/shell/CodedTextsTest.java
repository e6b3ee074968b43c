package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Coded texts (ADR 0027) rendered in English and Chinese, and every code the sources emit. */
class CodedTextsTest {

    private static final String U = "\u001F";
    private static final String R = "\u001E";

    private static final String HUB_REASON =
            "HUB_BY_INDICATORS"
                    + R
                    + "HUB_INDICATOR_AT_OR_ABOVE"
                    + U
                    + "LATE_PAYMENTS"
                    + U
                    + "0.35"
                    + U
                    + "0.3"
                    + R
                    + "HUB_EVENTS_AT_OR_ABOVE"
                    + U
                    + "COURT_EVENTS"
                    + U
                    + "2"
                    + U
                    + "2";

    @Test
    void aHubReasonReadsInEnglish() {
        assertEquals(
                "Downgraded by its indicators; Late payments to suppliers 35.00%, at or above the"
                        + " threshold 30.00%; Court events: 2, at or above the threshold 2",
                CodedTexts.render(Locale.ENGLISH, HUB_REASON));
    }

    @Test
    void theSameStoredReasonReadsInChinese() {
        assertEquals(
                "因指标恶化而降级；对供应商付款逾期为 35.00%，达到阈值 30.00%；涉诉事件 2 起，达到阈值 2 起",
                CodedTexts.render(Locale.SIMPLIFIED_CHINESE, HUB_REASON));
    }

    @Test
    void numbersFollowTheLocaleAndCodesInArgumentsAreLabelled() {
        String stored = "EV_ABOVE_SINGLE_LOAN_CAP" + U + "300000" + U + "50000.5";
        assertEquals(
                "Requested 300,000.00 exceeds the single-loan cap 50,000.50",
                CodedTexts.render(Locale.ENGLISH, stored));
        assertEquals(
                "Could not be read now: Tax, Courts",
                CodedTexts.render(Locale.ENGLISH, "EV_SOURCES_UNREADABLE" + U + "TAX, COURTS"));
        assertEquals(
                "暂时无法读取：税务、法院",
                CodedTexts.render(
                        Locale.SIMPLIFIED_CHINESE, "EV_SOURCES_UNREADABLE" + U + "TAX, COURTS"));
        assertEquals(
                "核心企业 宁波滨江电器 状态为困境",
                CodedTexts.render(
                        Locale.SIMPLIFIED_CHINESE,
                        "HUB_CHAIN_LIMIT_BLOCKED" + U + "宁波滨江电器" + U + "DISTRESSED"));
    }

    @Test
    void apostrophesInEnglishPatternsSurvive() {
        assertEquals(
                "The borrower lies outside Wang Li's territory",
                CodedTexts.render(Locale.ENGLISH, "EV_OUTSIDE_TERRITORY" + U + "Wang Li"));
    }

    @Test
    void freeTextAndTextStoredBeforeCodesShowAsTheyAre() {
        String old = "Indicators: LATE_PAYMENTS 35.00 % ≥ 30.00 %";
        assertEquals(old, CodedTexts.render(Locale.SIMPLIFIED_CHINESE, old));
        assertEquals(
                "由 checker 批准；供应商拖欠",
                CodedTexts.render(
                        Locale.SIMPLIFIED_CHINESE,
                        "HUB_APPROVED_BY" + U + "checker" + R + "TEXT" + U + "供应商拖欠"));
        assertEquals("", CodedTexts.render(Locale.ENGLISH, (String) null));
    }

    @Test
    void anUnknownCodeShowsItsCodeAndArgumentsNotAMarker() {
        assertEquals(
                "NO_SUCH_CODE (a, 1)",
                CodedTexts.render(Locale.ENGLISH, "NO_SUCH_CODE" + U + "a" + U + "1"));
    }

    /**
     * Every code the main sources pass to {@code CodedText.of("…")} (or declare as a constant where
     * they build coded texts, or name as an audit detail, AUDIT_…) has its pattern in both bundles:
     * an unknown code is a failing test.
     */
    @Test
    void everyCodeTheSourcesEmitIsInBothBundles() throws IOException {
        Set<String> codes = emittedCodes();
        assertTrue(codes.size() > 40, "found " + codes);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle bundle =
                    ResourceBundle.getBundle(Refusals.BUNDLE, locale, getClass().getClassLoader());
            Set<String> missing = new TreeSet<>();
            for (String code : codes) {
                boolean known =
                        code.endsWith(".")
                                ? bundle.keySet().stream()
                                        .anyMatch(k -> k.startsWith("coded." + code))
                                : bundle.containsKey("coded." + code);
                if (!known) {
                    missing.add(code);
                }
            }
            assertEquals(Set.of(), missing, "codes without a text in " + locale);
        }
    }

    private static final Pattern EMITTED =
            Pattern.compile(
                    "CodedText\\.of\\(\\s*\"([A-Z][A-Z0-9_.]*)\"|String [A-Z_]+"
                            + " =\\s*\"([A-Z][A-Z0-9_]*)\";|\"(AUDIT_[A-Z0-9_]+)\"");

    private static Set<String> emittedCodes() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java"))
                            .filter(p -> p.toString().contains("/src/main/java/"))
                            .toList()) {
                String text = Files.readString(f);
                if (!text.contains("CodedText.of(") && !text.contains("AuditEvent.coded(")) {
                    continue;
                }
                boolean domain = f.toString().contains("/domain/");
                Matcher m = EMITTED.matcher(text);
                while (m.find()) {
                    if (m.group(1) != null) {
                        codes.add(m.group(1));
                    } else if (m.group(3) != null) {
                        codes.add(m.group(3)); // an audit detail (AuditEvent.coded)
                    } else if (domain) {
                        codes.add(m.group(2)); // a domain constant naming a coded text
                    }
                }
            }
        }
        codes.remove("TEXT");
        codes.remove("AUDIT_TRAIL"); // the export's subject type, not a detail
        return codes;
    }
}
