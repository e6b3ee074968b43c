package com.microcredit.portfolio.domain.classification;

import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Loan-loss provision rates, so that expected losses are charged before they are realised: a
 * general provision on the outstanding of every loan (default 1 %) for losses not yet visible, and
 * a specific provision by category for losses the classification already shows – by default
 * (central-bank guidance) normal 0 %, special mention 2 %, substandard 25 %, doubtful 50 %, loss
 * 100 %. Every rate lies in [0, 1]; amounts are rounded half-even to the currency's minor unit.
 */
public final class ProvisionRates {

    private final BigDecimal general;
    private final BigDecimal specialMention;
    private final BigDecimal substandard;
    private final BigDecimal doubtful;
    private final BigDecimal loss;

    /**
     * Rates as fractions (0.25 for 25 %), each in [0, 1]; a normal loan carries no specific
     * provision.
     */
    public ProvisionRates(
            BigDecimal general,
            BigDecimal specialMention,
            BigDecimal substandard,
            BigDecimal doubtful,
            BigDecimal loss) {
        this.general = rate("general", general);
        this.specialMention = rate("special mention", specialMention);
        this.substandard = rate("substandard", substandard);
        this.doubtful = rate("doubtful", doubtful);
        this.loss = rate("loss", loss);
    }

    /** The central-bank defaults: 1 % general; 2 %, 25 %, 50 % and 100 % specific. */
    public static ProvisionRates defaults() {
        return new ProvisionRates(
                new BigDecimal("0.01"),
                new BigDecimal("0.02"),
                new BigDecimal("0.25"),
                new BigDecimal("0.50"),
                new BigDecimal("1.00"));
    }

    private static BigDecimal rate(String name, BigDecimal value) {
        Objects.requireNonNull(value, name + " provision rate");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "The "
                            + name
                            + " provision rate must be between 0 and 1, was "
                            + value.toPlainString());
        }
        return value;
    }

    /** The specific provision rate of a category (zero for normal). */
    public BigDecimal specificRate(LoanCategory category) {
        return switch (Objects.requireNonNull(category, "category")) {
            case NORMAL -> BigDecimal.ZERO;
            case SPECIAL_MENTION -> specialMention;
            case SUBSTANDARD -> substandard;
            case DOUBTFUL -> doubtful;
            case LOSS -> loss;
        };
    }

    /** The specific provision on a loan's outstanding, rounded half-even to the minor unit. */
    public Money specificProvision(LoanCategory category, Money outstanding) {
        return Objects.requireNonNull(outstanding, "outstanding").times(specificRate(category));
    }

    /** The general provision on a loan's outstanding, rounded half-even to the minor unit. */
    public Money generalProvision(Money outstanding) {
        return Objects.requireNonNull(outstanding, "outstanding").times(general);
    }
}
