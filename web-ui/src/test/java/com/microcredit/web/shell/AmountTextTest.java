package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountTextTest {

    @Test
    void yuanReadInChineseCarryTheCharacterAfterTheNumber() {
        assertEquals(
                "1,234.56 元",
                AmountText.format(new BigDecimal("1234.56"), "CNY", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void yuanReadInEnglishCarryTheSignBeforeTheNumber() {
        assertEquals(
                "¥1,234.56", AmountText.format(new BigDecimal("1234.56"), "CNY", Locale.ENGLISH));
        assertEquals("¥0.00", AmountText.format(BigDecimal.ZERO, null, Locale.ENGLISH));
    }

    @Test
    void anAmountHasTwoDecimalsRoundedHalfUpAndGroupedThousands() {
        assertEquals(
                "¥1,000,000.01",
                AmountText.format(new BigDecimal("1000000.005"), "CNY", Locale.ENGLISH));
        assertEquals(
                "285,714,285.71 元",
                AmountText.format(
                        new BigDecimal("285714285.714"), "CNY", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aNegativeAmountKeepsItsSignInFront() {
        assertEquals("-¥12.50", AmountText.format(new BigDecimal("-12.5"), "CNY", Locale.ENGLISH));
        assertEquals(
                "-12.50 元",
                AmountText.format(new BigDecimal("-12.5"), "CNY", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anotherCurrencyKeepsItsCode() {
        assertEquals(
                "1,234.56 USD",
                AmountText.format(new BigDecimal("1234.56"), "usd", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void noAmountIsAnEmptyText() {
        assertEquals("", AmountText.format(null, "CNY", Locale.ENGLISH));
    }

    @Test
    void anInstantIsShownInTheBanksZoneToTheSecondNeverAsARawInstant() {
        assertEquals(
                "2026-12-07 22:23:45",
                Labels.time(
                        Instant.parse("2026-12-07T14:23:45.811201517Z"),
                        ZoneId.of("Asia/Shanghai")));
        assertEquals("", Labels.time(null, ZoneId.of("Asia/Shanghai")));
    }
}
