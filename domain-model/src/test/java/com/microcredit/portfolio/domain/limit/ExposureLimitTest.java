package com.microcredit.portfolio.domain.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microcredit.shared.domain.Money;
import org.junit.jupiter.api.Test;

class ExposureLimitTest {

    @Test
    void reservationUpToTheLimitIsAccepted() {
        ExposureLimit limit =
                new ExposureLimit(LimitDimension.HUB_CHAIN, "1", Money.cny("1000.00"));
        limit.reserve(Money.cny("600.00"));
        limit.reserve(Money.cny("400.00"));
        assertEquals(Money.cny("0"), limit.available());
    }

    @Test
    void reservationPastTheLimitIsRefusedWhole() {
        ExposureLimit limit =
                new ExposureLimit(LimitDimension.HUB_CHAIN, "1", Money.cny("1000.00"));
        limit.reserve(Money.cny("999.99"));
        assertThrows(LimitExceededException.class, () -> limit.reserve(Money.cny("0.02")));
        assertEquals(Money.cny("999.99"), limit.utilised());
    }

    @Test
    void releaseNeverTakesUtilisationBelowZero() {
        ExposureLimit limit = new ExposureLimit(LimitDimension.BORROWER, "b-1", Money.cny("100"));
        limit.reserve(Money.cny("10"));
        assertThrows(IllegalStateException.class, () -> limit.release(Money.cny("10.01")));
        limit.release(Money.cny("10"));
        assertEquals(Money.cny("0"), limit.utilised());
    }
}
