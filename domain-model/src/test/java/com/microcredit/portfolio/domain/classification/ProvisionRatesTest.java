package com.microcredit.portfolio.domain.classification;

import static com.microcredit.portfolio.domain.classification.LoanCategory.DOUBTFUL;
import static com.microcredit.portfolio.domain.classification.LoanCategory.LOSS;
import static com.microcredit.portfolio.domain.classification.LoanCategory.NORMAL;
import static com.microcredit.portfolio.domain.classification.LoanCategory.SPECIAL_MENTION;
import static com.microcredit.portfolio.domain.classification.LoanCategory.SUBSTANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microcredit.shared.domain.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvisionRatesTest {

    private static final Money HUNDRED_THOUSAND = Money.cny("100000.00");

    private final ProvisionRates rates = ProvisionRates.defaults();

    @ParameterizedTest(name = "{0} carries {1} of specific provision on 100,000.00")
    @CsvSource({
        "NORMAL,0.00",
        "SPECIAL_MENTION,2000.00",
        "SUBSTANDARD,25000.00",
        "DOUBTFUL,50000.00",
        "LOSS,100000.00"
    })
    void defaultSpecificProvisionFollowsTheCategory(LoanCategory category, String expected) {
        assertEquals(Money.cny(expected), rates.specificProvision(category, HUNDRED_THOUSAND));
    }

    @Test
    void defaultSpecificRatesAreThoseOfTheCentralBankGuidance() {
        assertEquals(0, BigDecimal.ZERO.compareTo(rates.specificRate(NORMAL)));
        assertEquals(0, new BigDecimal("0.02").compareTo(rates.specificRate(SPECIAL_MENTION)));
        assertEquals(0, new BigDecimal("0.25").compareTo(rates.specificRate(SUBSTANDARD)));
        assertEquals(0, new BigDecimal("0.50").compareTo(rates.specificRate(DOUBTFUL)));
        assertEquals(0, BigDecimal.ONE.compareTo(rates.specificRate(LOSS)));
    }

    @Test
    void defaultGeneralProvisionIsOnePercentOfEveryLoan() {
        assertEquals(Money.cny("1000.00"), rates.generalProvision(HUNDRED_THOUSAND));
    }

    @Test
    void aSubstandardLoanOf100000CarriesBothProvisions() {
        assertEquals(Money.cny("25000.00"), rates.specificProvision(SUBSTANDARD, HUNDRED_THOUSAND));
        assertEquals(Money.cny("1000.00"), rates.generalProvision(HUNDRED_THOUSAND));
    }

    @Test
    void provisionsAreRoundedHalfEvenToTheCent() {
        assertEquals(
                Money.cny("0.12"),
                rates.generalProvision(Money.cny("12.50")),
                "0.125 rounds down to the even 0.12");
        assertEquals(
                Money.cny("0.14"),
                rates.generalProvision(Money.cny("13.50")),
                "0.135 rounds up to the even 0.14");
        assertEquals(
                Money.cny("50.00"),
                rates.specificProvision(DOUBTFUL, Money.cny("100.01")),
                "50.005 -> 50.00");
        assertEquals(
                Money.cny("50.02"),
                rates.specificProvision(DOUBTFUL, Money.cny("100.03")),
                "50.015 -> 50.02");
        assertEquals(
                Money.cny("0.01"),
                rates.specificProvision(SPECIAL_MENTION, Money.cny("0.33")),
                "0.0066 -> 0.01");
    }

    @Test
    void configuredRatesReplaceTheDefaults() {
        ProvisionRates custom =
                new ProvisionRates(
                        new BigDecimal("0.015"),
                        new BigDecimal("0.05"),
                        new BigDecimal("0.30"),
                        new BigDecimal("0.60"),
                        BigDecimal.ONE);
        assertEquals(Money.cny("1500.00"), custom.generalProvision(HUNDRED_THOUSAND));
        assertEquals(
                Money.cny("30000.00"), custom.specificProvision(SUBSTANDARD, HUNDRED_THOUSAND));
        assertEquals(Money.cny("0.00"), custom.specificProvision(NORMAL, HUNDRED_THOUSAND));
    }

    @Test
    void ratesOfExactlyZeroAndOneAreAllowed() {
        ProvisionRates extremes =
                new ProvisionRates(
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE);
        assertEquals(Money.cny("0.00"), extremes.generalProvision(HUNDRED_THOUSAND));
        assertEquals(HUNDRED_THOUSAND, extremes.specificProvision(SUBSTANDARD, HUNDRED_THOUSAND));
    }

    @ParameterizedTest(name = "rate {1} refused in position {0}")
    @CsvSource({"0,1.01", "1,-0.01", "2,1.5", "3,-1", "4,1.0000001"})
    void ratesOutsideZeroToOneAreRefused(int position, String invalid) {
        BigDecimal[] values = {
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE
        };
        values[position] = new BigDecimal(invalid);
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProvisionRates(values[0], values[1], values[2], values[3], values[4]));
    }

    @Test
    void missingRatesAreRefused() {
        assertThrows(
                NullPointerException.class,
                () ->
                        new ProvisionRates(
                                null,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                BigDecimal.ONE));
    }
}
