package com.microcredit.origination.infrastructure.provider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A provider's spend against its daily and monthly budgets (CNY, scale 2) on the bank's calendar.
 * Before a call the worst it can cost is reserved – refused when what was spent, plus what is
 * reserved for calls in flight, plus this reservation would pass a budget – and once the call is
 * priced the reservation is replaced by the real cost. Spent amounts come from the query log (all
 * servers) and are kept current in between with this server's own calls; a new day or month starts
 * from nothing.
 */
public final class SpendBudget {

    /** Why a reservation was refused, or null when it was made. */
    public enum Refusal {
        DAILY,
        MONTHLY
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private LocalDate day;
    private BigDecimal spentToday = ZERO;
    private BigDecimal spentThisMonth = ZERO;
    private BigDecimal reserved = ZERO;

    public SpendBudget(LocalDate day) {
        this.day = day;
    }

    /** Replaces what was spent with the query log's sums (of {@code day}, and of its month). */
    public synchronized void load(LocalDate day, BigDecimal today, BigDecimal thisMonth) {
        this.day = day;
        this.spentToday = today.setScale(2);
        this.spentThisMonth = thisMonth.setScale(2);
    }

    /** Reserves {@code worst} for a call on {@code today}; null when made, else which budget. */
    public synchronized Refusal reserve(
            LocalDate today,
            BigDecimal worst,
            Optional<BigDecimal> daily,
            Optional<BigDecimal> monthly) {
        roll(today);
        if (daily.isPresent() && spentToday.add(reserved).add(worst).compareTo(daily.get()) > 0) {
            return Refusal.DAILY;
        }
        if (monthly.isPresent()
                && spentThisMonth.add(reserved).add(worst).compareTo(monthly.get()) > 0) {
            return Refusal.MONTHLY;
        }
        reserved = reserved.add(worst);
        return null;
    }

    /**
     * The call is priced: its reservation goes, its cost counts as spent (if still the same day).
     */
    public synchronized void settle(LocalDate today, BigDecimal worst, BigDecimal cost) {
        reserved = reserved.subtract(worst).max(ZERO);
        roll(today);
        spentToday = spentToday.add(cost);
        spentThisMonth = spentThisMonth.add(cost);
    }

    public synchronized BigDecimal spentToday() {
        return spentToday;
    }

    public synchronized BigDecimal spentThisMonth() {
        return spentThisMonth;
    }

    public synchronized BigDecimal reserved() {
        return reserved;
    }

    public synchronized LocalDate day() {
        return day;
    }

    private void roll(LocalDate today) {
        if (today.isAfter(day)) {
            if (today.getYear() != day.getYear() || today.getMonth() != day.getMonth()) {
                spentThisMonth = ZERO;
            }
            spentToday = ZERO;
            day = today;
        }
    }
}
