package com.microcredit.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdentityMaskTest {

    @Test
    void numbersTypedIntoAFreeTextKeepOnlyTheirLastFourCharacters() {
        assertEquals(
                "Wang **************0415 / *******8000 / ************0001",
                IdentityMask.maskNumbersIn(
                        "Wang 330106198503120415 / 13800138000 / 6222020011110001"));
        assertEquals(
                "credit code **************3456",
                IdentityMask.maskNumbersIn("credit code 91330106MA2H123456"));
    }

    @Test
    void datesShortNumbersAndWordsInCapitalsAreKept() {
        assertEquals(
                "tea 2026-11-28 12345 SETTLEMENT_COVERAGE ABCDEFGHIJKLMNOPQR",
                IdentityMask.maskNumbersIn(
                        "tea 2026-11-28 12345 SETTLEMENT_COVERAGE ABCDEFGHIJKLMNOPQR"));
        assertEquals(
                "turnover 1234567890.50 CNY",
                IdentityMask.maskNumbersIn("turnover 1234567890.50 CNY"));
        assertEquals("", IdentityMask.maskNumbersIn(null));
    }
}
