package com.microcredit.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BankTimeTest {

    private static BankTime configured(String zone) {
        BankTime time = new BankTime();
        time.configuredZone = zone;
        time.parse();
        return time;
    }

    @Test
    void theZoneAndTheClockAreTheConfiguredZone() {
        BankTime time = configured(" Europe/Berlin ");
        assertEquals(ZoneId.of("Europe/Berlin"), time.zone());
        assertEquals(ZoneId.of("Europe/Berlin"), time.clock().getZone());
    }

    @Test
    void aSettingThatIsNoZoneStopsTheStartWithTheKeyNamed() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> configured("Beijing time"));
        assertTrue(e.getMessage().contains("mcrc.bank.zone"), e.getMessage());
    }
}
