package com.microcredit.portfolio.domain.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microcredit.shared.domain.Money;
import org.junit.jupiter.api.Test;

class ExposureLimitChangeTest {

    @Test
    void aLimitCannotBeCutBelowWhatIsAlreadyReserved() {
        ExposureLimit limit = new ExposureLimit(LimitDimension.PRODUCT, "P", Money.cny("1000.00"));
        limit.reserve(Money.cny("600.00"));
        assertThrows(LimitExceededException.class, () -> limit.changeAmount(Money.cny("599.99")));
        limit.changeAmount(Money.cny("600.00"));
        assertEquals(Money.cny("0.00"), limit.available());
    }

    @Test
    void aBlockedLimitRefusesReservationsButStillReleases() {
        ExposureLimit limit =
                new ExposureLimit(LimitDimension.HUB_CHAIN, "3", Money.cny("1000.00"));
        limit.reserve(Money.cny("100.00"));
        limit.block("hub downgraded to DISTRESSED");
        assertThrows(LimitExceededException.class, () -> limit.reserve(Money.cny("1.00")));
        limit.release(Money.cny("100.00"));
        limit.unblock();
        limit.reserve(Money.cny("1.00"));
    }

    @Test
    void aLimitDefinedOverExistingExposureStartsWithItAndRefusesIfAlreadyExceeded() {
        ExposureLimit limit =
                new ExposureLimit(
                        LimitDimension.INDUSTRY, "F52", Money.cny("1000.00"), Money.cny("250.00"));
        assertEquals(Money.cny("250.00"), limit.utilised());
        assertThrows(
                LimitExceededException.class,
                () ->
                        new ExposureLimit(
                                LimitDimension.INDUSTRY,
                                "F52",
                                Money.cny("100.00"),
                                Money.cny("250.00")));
    }
}
