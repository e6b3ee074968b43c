package com.microcredit.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodedTextTest {

    @Test
    void theStoredFormIsTheCodeThenEachArgumentAfterAUnitSeparator() {
        CodedText t =
                CodedText.of(
                        "HUB_INDICATOR_AT_OR_ABOVE",
                        "LATE_PAYMENTS",
                        new BigDecimal("0.3500"),
                        new BigDecimal("0.30"));
        assertEquals("HUB_INDICATOR_AT_OR_ABOVE\u001FLATE_PAYMENTS\u001F0.35\u001F0.3", t.stored());
        assertEquals(t, CodedText.parse(t.stored()));
    }

    @Test
    void aListRoundTripsThroughOneColumn() {
        List<CodedText> texts =
                List.of(
                        CodedText.of("HUB_BY_INDICATORS"),
                        CodedText.of("HUB_EVENTS_AT_OR_ABOVE", "COURT_EVENTS", 2, 2),
                        CodedText.plain("a person's own words: 30 % late"));
        String stored = CodedText.storedList(texts);
        assertEquals(2, stored.chars().filter(c -> c == CodedText.RECORD).count());
        assertEquals(texts, CodedText.parseList(stored));
    }

    @Test
    void blankArgumentsAreADashSoStripNeverEatsASeparator() {
        CodedText t = CodedText.of("X_Y", "", 12, null, new BigDecimal("1E+3"));
        assertEquals(List.of("-", "12", "-", "1000"), CodedText.parse(t.stored()).arguments());
        assertEquals(t.stored(), t.stored().strip());
    }

    @Test
    void textStoredBeforeCodesIsReadAsFreeText() {
        String old = "Indicators: LATE_PAYMENTS 35.00 % ≥ 30.00 %";
        assertEquals(List.of(CodedText.plain(old)), CodedText.parseList(old));
        assertTrue(CodedText.parse(old).isPlain());
        assertEquals(List.of(), CodedText.parseList(null));
        assertEquals(List.of(), CodedText.parseList(" "));
    }

    @Test
    void separatorsInsideAnArgumentCannotBreakTheForm() {
        CodedText t = CodedText.of("A", "x\u001Fy\u001Ez");
        assertEquals(List.of("x y z"), CodedText.parse(t.stored()).arguments());
    }

    @Test
    void onlyUpperCaseCodesAreCodes() {
        assertThrows(IllegalArgumentException.class, () -> CodedText.of("late payments"));
        assertThrows(IllegalArgumentException.class, () -> CodedText.of("_X"));
    }

    @Test
    void aListCutToAColumnKeepsWholeTexts() {
        List<CodedText> texts =
                List.of(CodedText.of("FIRST", "a".repeat(20)), CodedText.of("SECOND", "b"));
        String cut = CodedText.storedList(texts, 30);
        assertEquals(List.of(texts.get(0)), CodedText.parseList(cut));
        assertEquals(
                10,
                CodedText.storedList(List.of(CodedText.of("LONG", "c".repeat(50))), 10).length());
    }

    @Test
    void prependKeepsOldFreeTextAsFreeText() {
        String stored = CodedText.prepend(List.of(CodedText.of("HEAD")), "old words", 100);
        assertEquals(
                List.of(CodedText.of("HEAD"), CodedText.plain("old words")),
                CodedText.parseList(stored));
    }

    @Test
    void theReadableLineNamesCodesAndArgumentsForMachinesAndLogs() {
        String stored =
                CodedText.storedList(
                        List.of(
                                CodedText.of("HUB_CHAIN_LIMIT_BLOCKED", "Hub A", "DISTRESSED"),
                                CodedText.of("HUB_BY_INDICATORS"),
                                CodedText.plain("own words")));
        assertEquals(
                "HUB_CHAIN_LIMIT_BLOCKED(Hub A, DISTRESSED); HUB_BY_INDICATORS; own words",
                CodedText.readable(stored));
        assertEquals("old English", CodedText.readable("old English"));
    }
}
