package com.microcredit.origination.domain.loan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of the schedule fixed at acceptance. */
@Embeddable
public class ScheduledInstalment {

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "principal", nullable = false, precision = 19, scale = 2)
    private BigDecimal principal;

    @Column(name = "interest", nullable = false, precision = 19, scale = 2)
    private BigDecimal interest;

    @Column(name = "total", nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "balance_after", nullable = false, precision = 19, scale = 2)
    private BigDecimal balanceAfter;

    protected ScheduledInstalment() {}

    public ScheduledInstalment(
            int number,
            LocalDate dueDate,
            BigDecimal principal,
            BigDecimal interest,
            BigDecimal total,
            BigDecimal balanceAfter) {
        this.number = number;
        this.dueDate = dueDate;
        this.principal = principal;
        this.interest = interest;
        this.total = total;
        this.balanceAfter = balanceAfter;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getPrincipal() {
        return principal;
    }

    public BigDecimal getInterest() {
        return interest;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getBalanceAfter() {
        return balanceAfter;
    }
}
