package com.microcredit.portfolio.domain.figures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The book's headline figures as of one business day, kept so that trends (NPL ratio, ceiling
 * utilisation) can be shown. One row per day; taking it again the same day replaces the figures.
 */
@Entity
@Table(name = "portfolio_snapshot")
public class PortfolioSnapshot {

    @Id
    @Column(name = "as_of")
    private LocalDate asOf;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "live_loans", nullable = false)
    private long liveLoans;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal outstanding;

    @Column(name = "npl_balance", nullable = false, precision = 19, scale = 2)
    private BigDecimal nplBalance;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal provisions;

    @Column(name = "blind_outstanding", nullable = false, precision = 19, scale = 2)
    private BigDecimal blindOutstanding;

    @Column(name = "ceiling_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal ceilingAmount;

    protected PortfolioSnapshot() {}

    public PortfolioSnapshot(LocalDate asOf, String currency) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.currency = currency;
    }

    public void record(
            long liveLoans,
            BigDecimal outstanding,
            BigDecimal nplBalance,
            BigDecimal provisions,
            BigDecimal blindOutstanding,
            BigDecimal ceilingAmount) {
        this.liveLoans = liveLoans;
        this.outstanding = outstanding;
        this.nplBalance = nplBalance;
        this.provisions = provisions;
        this.blindOutstanding = blindOutstanding;
        this.ceilingAmount = ceilingAmount;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getCurrency() {
        return currency;
    }

    public long getLiveLoans() {
        return liveLoans;
    }

    public BigDecimal getOutstanding() {
        return outstanding;
    }

    public BigDecimal getNplBalance() {
        return nplBalance;
    }

    public BigDecimal getProvisions() {
        return provisions;
    }

    public BigDecimal getBlindOutstanding() {
        return blindOutstanding;
    }

    public BigDecimal getCeilingAmount() {
        return ceilingAmount;
    }
}
