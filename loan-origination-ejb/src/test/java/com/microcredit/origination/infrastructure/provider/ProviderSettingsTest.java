package com.microcredit.origination.infrastructure.provider;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ProviderSettingsTest {

    private static Function<String, Optional<String>> settings(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void developmentCredentialsNeedDevelopmentModeAndTheSetting() {
        assertTrue(
                ProviderSettings.developmentCredentialsAllowed(
                        settings(
                                Map.of(
                                        "mcrc.dev.mode", "true",
                                        "mcrc.provider.development-credentials", "TRUE "))));
    }

    @Test
    void theSettingAloneDoesNotAllowThemOnAProductionServer() {
        assertFalse(
                ProviderSettings.developmentCredentialsAllowed(
                        settings(Map.of("mcrc.provider.development-credentials", "true"))));
        assertFalse(
                ProviderSettings.developmentCredentialsAllowed(
                        settings(
                                Map.of(
                                        "mcrc.dev.mode", "false",
                                        "mcrc.provider.development-credentials", "true"))));
    }

    @Test
    void developmentModeAloneDoesNotAllowThem() {
        assertFalse(
                ProviderSettings.developmentCredentialsAllowed(
                        settings(Map.of("mcrc.dev.mode", "true"))));
    }
}
