package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void anIdentityNumberKeepsTwoCharactersAtEachEnd() {
        assertEquals("11**************25", Masking.mask("110105194912310025"));
        assertEquals("91**************5E", Masking.mask("91330106MA2B3C4D5E"));
    }

    @Test
    void aMobileNumberKeepsTheFirstThreeAndLastFourDigits() {
        assertEquals("138****5678", Masking.mask("13812345678"));
    }

    @Test
    void anAccountNumberKeepsTheLastFourDigits() {
        assertEquals("************0001", Masking.mask("6222020000000001"));
    }

    @Test
    void numbersInsideAFreeTextAreMaskedAndTheRestIsKept() {
        assertEquals(
                "Unknown account ************0001 on 2026-11-27",
                Masking.maskNumbersIn("Unknown account 6222020000000001 on 2026-11-27"));
        assertEquals(
                "************0001:2026-11-27",
                Masking.maskNumbersIn("6222020000000001:2026-11-27"));
        assertEquals(
                "borrower 11**************25, mobile 138****5678",
                Masking.maskNumbersIn("borrower 110105194912310025, mobile 13812345678"));
        assertEquals(
                "run 12345 of 2026, amount 1200.00",
                Masking.maskNumbersIn("run 12345 of 2026, amount 1200.00"));
        assertEquals(
                "SETTLEMENT_COVERAGE ABCDEFGHIJKLMNOPQR",
                Masking.maskNumbersIn("SETTLEMENT_COVERAGE ABCDEFGHIJKLMNOPQR"));
        assertEquals("amount 1234567890.50", Masking.maskNumbersIn("amount 1234567890.50"));
        assertEquals("", Masking.maskNumbersIn(null));
    }

    @Test
    void anAmountInAFreeTextIsNotMaskedAsIfItWereAnAccountNumber() {
        assertEquals(
                "amount 5000000000 exceeds the plausibility maximum 100000000.00",
                Masking.maskNumbersIn(
                        "amount 5000000000 exceeds the plausibility maximum 100000000.00"));
        assertEquals(
                "closingBalance 12345678901 exceeds the plausibility maximum 1000000000",
                Masking.maskNumbersIn(
                        "closingBalance 12345678901 exceeds the plausibility maximum 1000000000"));
        assertEquals(
                "Unknown account ************0001, amount must be positive, was -1234567890",
                Masking.maskNumbersIn(
                        "Unknown account 6222020000000001, amount must be positive, was"
                                + " -1234567890"));
    }

    @Test
    void anythingElseKeepsOnlyItsFirstAndLastCharacter() {
        assertEquals("a****f", Masking.mask("abcdef"));
        assertEquals("***", Masking.mask("abc"));
        assertEquals("", Masking.mask(null));
    }
}
