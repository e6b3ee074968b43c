package com.microcredit.providersim;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The providers the simulator plays and the sources each answers (the gateway's defaults), with the
 * key of their settings and client certificates (government-platform, utilities, …).
 */
public final class Providers {

    /** Provider name → the sources it answers. */
    public static final Map<String, List<String>> SOURCES =
            Map.of(
                    "GOVERNMENT_PLATFORM",
                    List.of("TAX", "SOCIAL_SECURITY", "HOUSING_FUND", "COURTS", "CUSTOMS"),
                    "UTILITIES",
                    List.of("WATER", "ELECTRICITY", "GAS"),
                    "E_COMMERCE",
                    List.of("E_COMMERCE"),
                    "CREDIT_BUREAU",
                    List.of("CREDIT_REPORT"),
                    "REGISTRY",
                    List.of("ASSOCIATED_PERSONS"));

    private Providers() {}

    /** The provider of a source, or null for an unknown source. */
    public static String ofSource(String source) {
        return SOURCES.entrySet().stream()
                .filter(e -> e.getValue().contains(source))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** government-platform for GOVERNMENT_PLATFORM. */
    public static String key(String provider) {
        return provider.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The common name of the provider's client certificate. */
    public static String clientName(String provider) {
        return "mcrc-" + key(provider);
    }
}
