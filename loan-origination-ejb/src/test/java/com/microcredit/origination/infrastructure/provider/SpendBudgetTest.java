package com.microcredit.origination.infrastructure.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpendBudgetTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final Optional<BigDecimal> DAILY = Optional.of(new BigDecimal("10.00"));
    private static final Optional<BigDecimal> MONTHLY = Optional.of(new BigDecimal("100.00"));

    private static BigDecimal cny(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aCallIsRefusedBeforeItsWorstCostWouldPassTheDailyBudget() {
        SpendBudget b = new SpendBudget(DAY);
        b.load(DAY, cny("7.00"), cny("7.00"));
        assertNull(b.reserve(DAY, cny("3.00"), DAILY, MONTHLY), "7 + 3 = 10 is within");
        assertEquals(
                SpendBudget.Refusal.DAILY,
                b.reserve(DAY, cny("0.01"), DAILY, MONTHLY),
                "reserved calls in flight count");
    }

    @Test
    void settlingReplacesTheReservationWithTheRealCost() {
        SpendBudget b = new SpendBudget(DAY);
        assertNull(b.reserve(DAY, cny("5.00"), DAILY, MONTHLY));
        b.settle(DAY, cny("5.00"), cny("0.00")); // a failed call the contract does not charge
        assertEquals(cny("0.00"), b.reserved());
        assertEquals(cny("0.00"), b.spentToday());
        assertNull(b.reserve(DAY, cny("10.00"), DAILY, MONTHLY));
        b.settle(DAY, cny("10.00"), cny("2.50"));
        assertEquals(cny("2.50"), b.spentToday());
        assertEquals(cny("2.50"), b.spentThisMonth());
    }

    @Test
    void theMonthlyBudgetHoldsAcrossDays() {
        SpendBudget b = new SpendBudget(DAY);
        b.load(DAY, cny("0.00"), cny("95.00"));
        assertEquals(
                SpendBudget.Refusal.MONTHLY,
                b.reserve(DAY.plusDays(1), cny("6.00"), DAILY, MONTHLY));
        assertNull(b.reserve(DAY.plusDays(1), cny("5.00"), DAILY, MONTHLY));
    }

    @Test
    void aNewDayStartsTheDailySpendAndANewMonthTheMonthly() {
        SpendBudget b = new SpendBudget(DAY);
        b.load(DAY, cny("10.00"), cny("60.00"));
        assertEquals(SpendBudget.Refusal.DAILY, b.reserve(DAY, cny("1.00"), DAILY, MONTHLY));
        assertNull(b.reserve(DAY.plusDays(1), cny("1.00"), DAILY, MONTHLY));
        assertEquals(cny("0.00"), b.spentToday());
        assertEquals(cny("60.00"), b.spentThisMonth());
        b.settle(DAY.plusDays(1), cny("1.00"), cny("1.00"));
        LocalDate nextMonth = LocalDate.of(2027, 1, 1);
        assertNull(b.reserve(nextMonth, cny("10.00"), DAILY, MONTHLY));
        assertEquals(cny("0.00"), b.spentThisMonth());
    }

    @Test
    void withoutBudgetsNothingIsRefused() {
        SpendBudget b = new SpendBudget(DAY);
        b.load(DAY, cny("1000000.00"), cny("1000000.00"));
        assertNull(b.reserve(DAY, cny("20.00"), Optional.empty(), Optional.empty()));
    }

    @Test
    void spentAmountsKeepTheScaleOfMoney() {
        SpendBudget b = new SpendBudget(DAY);
        b.load(DAY, new BigDecimal("1"), new BigDecimal("2.5"));
        assertEquals("1.00", b.spentToday().toPlainString());
        assertEquals("2.50", b.spentThisMonth().toPlainString());
    }
}
