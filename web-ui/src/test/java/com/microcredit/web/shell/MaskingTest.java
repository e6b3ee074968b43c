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
    void anythingElseKeepsOnlyItsFirstAndLastCharacter() {
        assertEquals("a****f", Masking.mask("abcdef"));
        assertEquals("***", Masking.mask("abc"));
        assertEquals("", Masking.mask(null));
    }
}
