package com.microcredit.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreHeldAtTheCurrencyMinorUnit() {
        assertEquals(new BigDecimal("12.50"), Money.cny("12.5").amount());
        assertEquals(0, Money.of("1000", "JPY").amount().scale());
    }

    @Test
    void amountsFinerThanTheMinorUnitAreRefusedNotSilentlyRounded() {
        assertThrows(IllegalArgumentException.class, () -> Money.cny("0.005"));
    }

    @Test
    void ratesRoundHalfEvenToTheCent() {
        assertEquals(Money.cny("0.02"), Money.cny("1.00").times(new BigDecimal("0.025")));
        assertEquals(Money.cny("0.04"), Money.cny("1.00").times(new BigDecimal("0.035")));
    }

    @Test
    void currenciesAreNeverMixed() {
        assertThrows(
                IllegalArgumentException.class, () -> Money.cny("1").plus(Money.of("1", "USD")));
    }

    @Test
    void equalityIgnoresTrailingZerosOfTheInput() {
        assertEquals(Money.cny("10"), Money.cny("10.00"));
    }
}
