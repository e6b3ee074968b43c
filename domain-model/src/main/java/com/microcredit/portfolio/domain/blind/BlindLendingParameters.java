package com.microcredit.portfolio.domain.blind;

import com.microcredit.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * The bank's parameters for the law-of-large-numbers ("blind") programme and what follows from
 * them. The hard ceiling is {@code C = A × L / (PD × LGD)}: with total assets A = 100 bn, a
 * tolerated loss L = 1 % of assets, an assumed default rate PD = 30 % and LGD = 100 %, C = 3.33 bn,
 * and lending 3 bn loses at most 0.9 bn = 0.9 % of assets. (The source text puts A at 10 bn with
 * the same 0.9 % – an arithmetic slip: with A = 10 bn the ceiling is 333.3 m.) The ceiling and the
 * single-loan cap are rounded <em>down</em> to the cent, so rounding can never relax them.
 *
 * <p>The stop rule: once at least {@code minimumSample} loans were booked since calibration, new
 * blind lending stops when their realised default rate exceeds PD + {@code defaultRateTolerance}.
 */
@Embeddable
public class BlindLendingParameters {

    private static final BigDecimal ONE = BigDecimal.ONE;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "total_assets", nullable = false, precision = 19, scale = 2)
    private BigDecimal totalAssets;

    @Column(name = "tolerated_loss_share", nullable = false, precision = 9, scale = 6)
    private BigDecimal toleratedLossShare;

    @Column(name = "assumed_default_rate", nullable = false, precision = 9, scale = 6)
    private BigDecimal assumedDefaultRate;

    @Column(name = "loss_given_default", nullable = false, precision = 9, scale = 6)
    private BigDecimal lossGivenDefault;

    @Column(name = "single_loan_divisor", nullable = false)
    private int singleLoanDivisor;

    @Column(name = "default_rate_tolerance", nullable = false, precision = 9, scale = 6)
    private BigDecimal defaultRateTolerance;

    @Column(name = "minimum_sample", nullable = false)
    private int minimumSample;

    protected BlindLendingParameters() {}

    public BlindLendingParameters(
            Money totalAssets,
            BigDecimal toleratedLossShare,
            BigDecimal assumedDefaultRate,
            BigDecimal lossGivenDefault,
            int singleLoanDivisor,
            BigDecimal defaultRateTolerance,
            int minimumSample) {
        Objects.requireNonNull(totalAssets, "total assets");
        if (!totalAssets.isPositive()) {
            throw new IllegalArgumentException("Total assets must be positive");
        }
        requireShare("Tolerated loss share", toleratedLossShare);
        requireShare("Assumed default rate", assumedDefaultRate);
        requireShare("Loss given default", lossGivenDefault);
        if (singleLoanDivisor < 1) {
            throw new IllegalArgumentException("Single-loan divisor must be at least 1");
        }
        Objects.requireNonNull(defaultRateTolerance, "default-rate tolerance");
        if (defaultRateTolerance.signum() < 0 || defaultRateTolerance.compareTo(ONE) >= 0) {
            throw new IllegalArgumentException("Default-rate tolerance must be in [0, 1)");
        }
        if (minimumSample < 1) {
            throw new IllegalArgumentException("Minimum sample must be at least 1 loan");
        }
        this.currency = totalAssets.currency().getCurrencyCode();
        this.totalAssets = totalAssets.amount();
        this.toleratedLossShare = toleratedLossShare;
        this.assumedDefaultRate = assumedDefaultRate;
        this.lossGivenDefault = lossGivenDefault;
        this.singleLoanDivisor = singleLoanDivisor;
        this.defaultRateTolerance = defaultRateTolerance;
        this.minimumSample = minimumSample;
    }

    private static void requireShare(String name, BigDecimal value) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0 || value.compareTo(ONE) > 0) {
            throw new IllegalArgumentException(
                    name + " must be greater than 0 and at most 1, was " + value);
        }
    }

    /** {@code A × L / (PD × LGD)}, rounded down to the cent. */
    public Money ceiling() {
        BigDecimal tolerated = totalAssets.multiply(toleratedLossShare);
        BigDecimal c =
                tolerated.divide(
                        assumedDefaultRate.multiply(lossGivenDefault), MathContext.DECIMAL128);
        return Money.of(
                c.setScale(currencyUnit().getDefaultFractionDigits(), RoundingMode.DOWN),
                currencyUnit());
    }

    /** The largest single loan: the ceiling divided by the divisor (default 1000), rounded down. */
    public Money singleLoanCap() {
        BigDecimal cap =
                ceiling()
                        .amount()
                        .divide(BigDecimal.valueOf(singleLoanDivisor), MathContext.DECIMAL128);
        return Money.of(
                cap.setScale(currencyUnit().getDefaultFractionDigits(), RoundingMode.DOWN),
                currencyUnit());
    }

    /** {@code A × L}: the loss the bank has decided it can absorb from the programme. */
    public Money toleratedLoss() {
        return Money.of(
                totalAssets
                        .multiply(toleratedLossShare)
                        .setScale(currencyUnit().getDefaultFractionDigits(), RoundingMode.DOWN),
                currencyUnit());
    }

    /**
     * The worst loss if an amount is lent and defaults at exactly the assumed rate: amount × PD ×
     * LGD.
     */
    public Money expectedLossAt(Money lent) {
        return lent.times(assumedDefaultRate.multiply(lossGivenDefault));
    }

    /**
     * True when enough loans were booked and their realised default rate exceeds PD + tolerance.
     */
    public boolean defaultRateBreached(long loansBooked, long loansDefaulted) {
        if (loansBooked < minimumSample) {
            return false;
        }
        BigDecimal realised =
                BigDecimal.valueOf(loansDefaulted)
                        .divide(BigDecimal.valueOf(loansBooked), MathContext.DECIMAL64);
        return realised.compareTo(assumedDefaultRate.add(defaultRateTolerance)) > 0;
    }

    public Currency currencyUnit() {
        return Currency.getInstance(currency);
    }

    public Money totalAssets() {
        return Money.of(totalAssets, currencyUnit());
    }

    public BigDecimal toleratedLossShare() {
        return toleratedLossShare;
    }

    public BigDecimal assumedDefaultRate() {
        return assumedDefaultRate;
    }

    public BigDecimal lossGivenDefault() {
        return lossGivenDefault;
    }

    public int singleLoanDivisor() {
        return singleLoanDivisor;
    }

    public BigDecimal defaultRateTolerance() {
        return defaultRateTolerance;
    }

    public int minimumSample() {
        return minimumSample;
    }
}
