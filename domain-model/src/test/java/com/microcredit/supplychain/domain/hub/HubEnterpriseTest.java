package com.microcredit.supplychain.domain.hub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.shared.domain.UnifiedSocialCreditCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HubEnterpriseTest {

    private final HubEnterprise hub =
            new HubEnterprise(
                    "Hub",
                    UnifiedSocialCreditCode.parse("91350100M000100Y43"),
                    "C13",
                    Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void onlyANormalHubSupportsNewLending() {
        assertTrue(hub.getStatus().supportsNewLending());
        hub.changeStatus(HubStatus.WATCH, "Late payments to suppliers", Instant.now());
        assertFalse(hub.getStatus().supportsNewLending());
    }

    @Test
    void aStatusChangeNeedsAReason() {
        assertThrows(
                IllegalArgumentException.class,
                () -> hub.changeStatus(HubStatus.DISTRESSED, " ", Instant.now()));
    }
}
