package com.microcredit.origination.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepaymentScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 31);

    @Test
    void principalPartsSumExactlyToTheLoanAmountAndTheBalanceEndsAtZero() {
        for (String amount :
                List.of(
                        "0.01",
                        "1.00",
                        "999.99",
                        "10000.01",
                        "99999.99",
                        "333333.33",
                        "1000000.00")) {
            for (String rate : List.of("0", "0.0435", "0.18", "0.2399")) {
                for (int term : new int[] {1, 3, 7, 12, 36, 360}) {
                    for (RepaymentMethod m : RepaymentMethod.values()) {
                        RepaymentSchedule s =
                                RepaymentSchedule.of(
                                        Money.cny(amount), new BigDecimal(rate), term, START, m);
                        assertEquals(
                                Money.cny(amount),
                                s.totalPrincipal(),
                                amount + " " + rate + " " + term + " " + m);
                        assertEquals(0, s.instalments().get(term - 1).balanceAfter().signum());
                        assertEquals(term, s.instalments().size());
                        s.instalments().forEach(i -> assertEquals(2, i.principal().scale()));
                    }
                }
            }
        }
    }

    @Test
    void annuityMatchesTheHandComputedPayment() {
        // 10,000.00 at 12 % a year over 12 months: r = 1 %, payment = 10000 × 0.01 / (1 − 1.01^−12)
        // = 888.4879 → 888.49.
        RepaymentSchedule s =
                RepaymentSchedule.of(
                        Money.cny("10000.00"),
                        new BigDecimal("0.12"),
                        12,
                        START,
                        RepaymentMethod.EQUAL_INSTALMENT);
        Instalment first = s.instalments().get(0);
        assertEquals(new BigDecimal("100.00"), first.interest());
        assertEquals(new BigDecimal("888.49"), first.total());
        for (int i = 0; i < 11; i++) {
            assertEquals(new BigDecimal("888.49"), s.instalments().get(i).total());
        }
        // The last instalment absorbs the rounding: it differs from 888.49 by at most a few cents.
        BigDecimal last = s.instalments().get(11).total();
        assertEquals(
                true,
                last.subtract(new BigDecimal("888.49")).abs().compareTo(new BigDecimal("0.10")) < 0,
                last.toPlainString());
        // Interest per period rounded half-even on the opening balance (checked independently):
        // 661.86 in all.
        assertEquals(new BigDecimal("661.86"), s.totalInterest().amount());
    }

    @Test
    void equalPrincipalPutsTheRemainderInTheLastInstalment() {
        RepaymentSchedule s =
                RepaymentSchedule.of(
                        Money.cny("10000.00"),
                        new BigDecimal("0.06"),
                        3,
                        START,
                        RepaymentMethod.EQUAL_PRINCIPAL);
        assertEquals(
                List.of(
                        new BigDecimal("3333.33"),
                        new BigDecimal("3333.33"),
                        new BigDecimal("3333.34")),
                s.instalments().stream().map(Instalment::principal).toList());
        assertEquals(new BigDecimal("50.00"), s.instalments().get(0).interest());
    }

    @Test
    void interestOnlyPaysThePrincipalWithTheLastInstalment() {
        RepaymentSchedule s =
                RepaymentSchedule.of(
                        Money.cny("50000.00"),
                        new BigDecimal("0.12"),
                        6,
                        START,
                        RepaymentMethod.INTEREST_ONLY_BULLET);
        for (int i = 0; i < 5; i++) {
            assertEquals(new BigDecimal("0.00"), s.instalments().get(i).principal());
            assertEquals(new BigDecimal("500.00"), s.instalments().get(i).interest());
        }
        assertEquals(new BigDecimal("50500.00"), s.instalments().get(5).total());
    }

    @Test
    void dueDatesRollToTheMonthEnd() {
        RepaymentSchedule s =
                RepaymentSchedule.of(
                        Money.cny("1200.00"),
                        new BigDecimal("0.05"),
                        2,
                        START,
                        RepaymentMethod.EQUAL_PRINCIPAL);
        assertEquals(LocalDate.of(2026, 2, 28), s.instalments().get(0).dueDate());
        assertEquals(LocalDate.of(2026, 3, 31), s.instalments().get(1).dueDate());
    }

    @Test
    void currenciesWithoutMinorUnitsWork() {
        RepaymentSchedule s =
                RepaymentSchedule.of(
                        Money.of("100000", "JPY"),
                        new BigDecimal("0.03"),
                        7,
                        START,
                        RepaymentMethod.EQUAL_INSTALMENT);
        assertEquals(0, s.instalments().get(0).total().scale());
        assertEquals(Money.of("100000", "JPY"), s.totalPrincipal());
    }

    @Test
    void invalidTermsAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        RepaymentSchedule.of(
                                Money.cny("100.00"),
                                BigDecimal.ONE,
                                12,
                                START,
                                RepaymentMethod.EQUAL_INSTALMENT));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        RepaymentSchedule.of(
                                Money.cny("100.00"),
                                BigDecimal.ZERO,
                                0,
                                START,
                                RepaymentMethod.EQUAL_INSTALMENT));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        RepaymentSchedule.of(
                                Money.cny("0.00"),
                                BigDecimal.ZERO,
                                12,
                                START,
                                RepaymentMethod.EQUAL_INSTALMENT));
    }
}
