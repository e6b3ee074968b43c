package com.microcredit.origination.api;

import java.math.BigDecimal;

/**
 * Intake of an individual or household, identified by a resident identity number. Location and
 * settlement account may be null.
 */
public record RegisterIndividual(String name, String residentIdNumber, String regionCode, long accountManagerId,
        String address, int householdSize, BigDecimal latitude, BigDecimal longitude, String settlementAccount) {
}
