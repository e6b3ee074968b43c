package com.microcredit.origination.domain.borrower;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microcredit.shared.domain.FieldRefusal;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SmeSizeStandardTest {

    private static String refusal(String industry, String revenue) {
        return assertThrows(
                        FieldRefusal.class,
                        () ->
                                SmeSizeStandard.requireMicroOrSmall(
                                        industry, new BigDecimal(revenue)))
                .code();
    }

    @Test
    void aRetailerAtTheMediumEnterpriseBoundIsRefused() {
        // Retail: medium from 5 million CNY of operating revenue.
        assertDoesNotThrow(
                () -> SmeSizeStandard.requireMicroOrSmall("F52", new BigDecimal("4999999.99")));
        assertEquals("REVENUE_ABOVE_SMALL_ENTERPRISE", refusal("F52", "5000000.00"));
        assertEquals("REVENUE_ABOVE_SMALL_ENTERPRISE", refusal("F5211", "9999999999999"));
    }

    @Test
    void theLongestPrefixDecides() {
        // Wholesale (F51) has a higher bound than retail (F52); manufacturing (C) 20 million.
        assertDoesNotThrow(
                () -> SmeSizeStandard.requireMicroOrSmall("F5110", new BigDecimal("40000000")));
        assertEquals("REVENUE_ABOVE_SMALL_ENTERPRISE", refusal("C3311", "20000000"));
        assertEquals("仓储业", SmeSizeStandard.industryOf("G5920").orElseThrow().name());
        assertEquals("物业管理", SmeSizeStandard.industryOf("K7020").orElseThrow().name());
    }

    @Test
    void industriesWithoutARevenueCriterionAreHeldToTheLargestSmeBound() {
        assertEquals(new BigDecimal("2000000000"), SmeSizeStandard.LARGEST_SME_REVENUE);
        assertDoesNotThrow(
                () -> SmeSizeStandard.requireMicroOrSmall("L7212", new BigDecimal("90000000")));
        assertEquals("REVENUE_IMPLAUSIBLE", refusal("L7212", "1e30"));
    }
}
