package com.microcredit.portfolio.domain.settlement;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Fund-usage direction (domain guide §6): an outgoing payment (a debit of the settlement account)
 * to a counterparty whose GB/T 4754 industry code falls under a prohibited class – by default
 * securities and other capital-market services (J67) and real estate (K70) – suggests loan money is
 * being diverted to speculation. A code matches a prohibited entry by prefix ("K70" covers
 * "K7010").
 */
public final class FundUsagePolicy {

    private final List<String> prohibitedPrefixes;

    public FundUsagePolicy(List<String> prohibitedPrefixes) {
        this.prohibitedPrefixes =
                prohibitedPrefixes.stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .map(s -> s.toUpperCase(Locale.ROOT))
                        .toList();
    }

    /**
     * Whether a payment in this direction to this counterparty industry is a prohibited use of
     * funds.
     */
    public boolean isProhibited(Direction direction, String counterpartyIndustryCode) {
        Objects.requireNonNull(direction, "direction");
        if (direction != Direction.DEBIT || counterpartyIndustryCode == null) {
            return false;
        }
        String code = counterpartyIndustryCode.toUpperCase(Locale.ROOT);
        return prohibitedPrefixes.stream().anyMatch(code::startsWith);
    }

    public List<String> prohibitedPrefixes() {
        return prohibitedPrefixes;
    }
}
