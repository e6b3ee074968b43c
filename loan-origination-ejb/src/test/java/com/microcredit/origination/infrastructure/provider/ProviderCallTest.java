package com.microcredit.origination.infrastructure.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProviderCallTest {

    @Test
    void aConnectionClosedInsideTheHandshakeIsATlsFailure() {
        SocketException broken = new SocketException("Broken pipe");
        broken.setStackTrace(
                new StackTraceElement[] {
                    new StackTraceElement(
                            "sun.security.ssl.SSLSocketImpl", "startHandshake", null, 1),
                });
        assertTrue(ProviderCall.duringHandshake(new RuntimeException(broken)));
        assertFalse(ProviderCall.duringHandshake(new SocketException("Connection reset")));
    }

    @Test
    void retryAfterIsReadInSecondsAndBounded() {
        assertEquals(Duration.ofSeconds(7), ProviderCall.retryAfter("7"));
        assertEquals(Duration.ofSeconds(1), ProviderCall.retryAfter("0"));
        assertEquals(Duration.ofHours(1), ProviderCall.retryAfter("86400"));
        assertEquals(
                Duration.ofSeconds(60), ProviderCall.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT"));
        assertEquals(Duration.ofSeconds(1), ProviderCall.retryAfter(null));
    }
}
