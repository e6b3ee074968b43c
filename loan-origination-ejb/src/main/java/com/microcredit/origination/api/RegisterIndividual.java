package com.microcredit.origination.api;

import java.math.BigDecimal;

/**
 * Intake of an individual or household, identified by a resident identity number. Location,
 * settlement account and the borrower's own mobile number (mainland, 11 digits; stored encrypted)
 * may be null.
 */
public record RegisterIndividual(
        String name,
        String residentIdNumber,
        String regionCode,
        long accountManagerId,
        String address,
        int householdSize,
        BigDecimal latitude,
        BigDecimal longitude,
        String settlementAccount,
        String mobile) {

    /** An individual registered without a contact mobile number. */
    public RegisterIndividual(
            String name,
            String residentIdNumber,
            String regionCode,
            long accountManagerId,
            String address,
            int householdSize,
            BigDecimal latitude,
            BigDecimal longitude,
            String settlementAccount) {
        this(
                name,
                residentIdNumber,
                regionCode,
                accountManagerId,
                address,
                householdSize,
                latitude,
                longitude,
                settlementAccount,
                null);
    }

    @Override
    public String toString() {
        return "RegisterIndividual["
                + name
                + "]"; // never the identity, account or mobile number in a log
    }
}
