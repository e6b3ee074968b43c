package com.microcredit.origination.domain.schedule;

import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A repayment schedule computed exactly in the currency's minor unit. Monthly rate = annual rate /
 * 12 (DECIMAL128); each period's interest is the opening balance × monthly rate rounded half-even
 * to the minor unit; the annuity payment is computed at full precision and rounded half-even; equal
 * principal is the amount / term rounded down. Whatever the method, the last instalment takes the
 * remaining balance, so the principal parts sum exactly to the amount and the final balance is
 * zero. Instalment i falls due i months after disbursement (month-end safe).
 */
public final class RepaymentSchedule {

    private static final MathContext MC = MathContext.DECIMAL128;

    private final RepaymentMethod method;
    private final BigDecimal annualRate;
    private final int termMonths;
    private final Money principal;
    private final List<Instalment> instalments;

    private RepaymentSchedule(
            Money principal,
            BigDecimal annualRate,
            int termMonths,
            RepaymentMethod method,
            List<Instalment> instalments) {
        this.principal = principal;
        this.annualRate = annualRate;
        this.termMonths = termMonths;
        this.method = method;
        this.instalments = Collections.unmodifiableList(instalments);
    }

    public static RepaymentSchedule of(
            Money principal,
            BigDecimal annualRate,
            int termMonths,
            LocalDate disbursedOn,
            RepaymentMethod method) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(disbursedOn, "disbursement date");
        Objects.requireNonNull(method, "repayment method");
        if (principal.amount().signum() <= 0) {
            throw new IllegalArgumentException("principal must be positive");
        }
        if (termMonths < 1 || termMonths > 360) {
            throw new IllegalArgumentException("term must be between 1 and 360 months");
        }
        if (annualRate == null
                || annualRate.signum() < 0
                || annualRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("annual rate must be at least 0 and below 1");
        }
        int scale = principal.currency().getDefaultFractionDigits();
        BigDecimal amount = principal.amount();
        BigDecimal monthly = annualRate.divide(BigDecimal.valueOf(12), MC);
        BigDecimal annuity =
                method == RepaymentMethod.EQUAL_INSTALMENT
                        ? annuity(amount, monthly, termMonths, scale)
                        : null;
        BigDecimal equalPrincipal =
                amount.divide(BigDecimal.valueOf(termMonths), scale, RoundingMode.DOWN);
        List<Instalment> rows = new ArrayList<>(termMonths);
        BigDecimal balance = amount;
        for (int i = 1; i <= termMonths; i++) {
            BigDecimal interest =
                    balance.multiply(monthly, MC).setScale(scale, RoundingMode.HALF_EVEN);
            BigDecimal part;
            if (i == termMonths) {
                part = balance;
            } else {
                part =
                        switch (method) {
                            case EQUAL_INSTALMENT ->
                                    annuity.subtract(interest)
                                            .max(BigDecimal.ZERO.setScale(scale))
                                            .min(balance);
                            case EQUAL_PRINCIPAL -> equalPrincipal.min(balance);
                            case INTEREST_ONLY_BULLET -> BigDecimal.ZERO.setScale(scale);
                        };
            }
            balance = balance.subtract(part);
            rows.add(
                    new Instalment(
                            i,
                            disbursedOn.plusMonths(i),
                            part,
                            interest,
                            part.add(interest),
                            balance));
        }
        return new RepaymentSchedule(principal, annualRate, termMonths, method, rows);
    }

    /** P × r / (1 − (1 + r)^−n), or P / n at a zero rate, rounded half-even to the minor unit. */
    private static BigDecimal annuity(BigDecimal amount, BigDecimal monthly, int n, int scale) {
        if (monthly.signum() == 0) {
            return amount.divide(BigDecimal.valueOf(n), scale, RoundingMode.HALF_EVEN);
        }
        BigDecimal growth = BigDecimal.ONE.add(monthly).pow(n, MC);
        BigDecimal payment =
                amount.multiply(monthly, MC)
                        .multiply(growth, MC)
                        .divide(growth.subtract(BigDecimal.ONE), MC);
        return payment.setScale(scale, RoundingMode.HALF_EVEN);
    }

    public List<Instalment> instalments() {
        return instalments;
    }

    /** Opening balance of each period, in order (for the funding cost). */
    public List<BigDecimal> openingBalances() {
        List<BigDecimal> balances = new ArrayList<>(instalments.size());
        BigDecimal b = principal.amount();
        for (Instalment i : instalments) {
            balances.add(b);
            b = i.balanceAfter();
        }
        return balances;
    }

    public Money totalPrincipal() {
        return Money.of(
                instalments.stream()
                        .map(Instalment::principal)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                principal.currency());
    }

    public Money totalInterest() {
        return Money.of(
                instalments.stream()
                        .map(Instalment::interest)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                principal.currency());
    }

    public Money totalRepayable() {
        return totalPrincipal().plus(totalInterest());
    }

    public RepaymentMethod method() {
        return method;
    }

    public BigDecimal annualRate() {
        return annualRate;
    }

    public int termMonths() {
        return termMonths;
    }
}
