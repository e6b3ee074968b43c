package com.microcredit.portfolio.domain.classification;

import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Loan-loss provision rates (defaults from central-bank guidance): a general provision on every
 * loan (1 %) and a specific provision by category – special mention 2 %, substandard 25 %,
 * doubtful 50 %, loss 100 %. Amounts are rounded half-even to the cent.
 */
public final class ProvisionRates {

    private final BigDecimal general;
    private final BigDecimal specialMention;
    private final BigDecimal substandard;
    private final BigDecimal doubtful;
    private final BigDecimal loss;

    public ProvisionRates(BigDecimal general, BigDecimal specialMention, BigDecimal substandard, BigDecimal doubtful,
            BigDecimal loss) {
        this.general = rate("general", general);
        this.specialMention = rate("special mention", specialMention);
        this.substandard = rate("substandard", substandard);
        this.doubtful = rate("doubtful", doubtful);
        this.loss = rate("loss", loss);
    }

    public static ProvisionRates defaults() {
        return new ProvisionRates(new BigDecimal("0.01"), new BigDecimal("0.02"), new BigDecimal("0.25"),
                new BigDecimal("0.50"), new BigDecimal("1.00"));
    }

    private static BigDecimal rate(String name, BigDecimal value) {
        Objects.requireNonNull(value, name + " provision rate");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The " + name + " provision rate must be between 0 and 1, was " + value);
        }
        return value;
    }

    public BigDecimal specificRate(LoanCategory category) {
        return switch (category) {
            case NORMAL -> BigDecimal.ZERO;
            case SPECIAL_MENTION -> specialMention;
            case SUBSTANDARD -> substandard;
            case DOUBTFUL -> doubtful;
            case LOSS -> loss;
        };
    }

    public Money specificProvision(LoanCategory category, Money outstanding) {
        return outstanding.times(specificRate(category));
    }

    public Money generalProvision(Money outstanding) {
        return outstanding.times(general);
    }
}
