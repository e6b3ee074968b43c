package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Intake of a micro or small enterprise, identified by its unified social credit code. The location
 * (business premises) is checked against the account manager's territory; the settlement account,
 * when kept at the bank, anchors the relationship path. Location and settlement account may be
 * null, and so may the legal representative's mobile number (mainland, 11 digits; stored
 * encrypted).
 */
public record RegisterEnterprise(
        String name,
        String creditCode,
        String industryCode,
        String regionCode,
        long accountManagerId,
        String owners,
        LocalDate establishedOn,
        BigDecimal declaredAnnualRevenue,
        BigDecimal latitude,
        BigDecimal longitude,
        String settlementAccount,
        String mobile) {

    /** An enterprise registered without the legal representative's mobile number. */
    public RegisterEnterprise(
            String name,
            String creditCode,
            String industryCode,
            String regionCode,
            long accountManagerId,
            String owners,
            LocalDate establishedOn,
            BigDecimal declaredAnnualRevenue,
            BigDecimal latitude,
            BigDecimal longitude,
            String settlementAccount) {
        this(
                name,
                creditCode,
                industryCode,
                regionCode,
                accountManagerId,
                owners,
                establishedOn,
                declaredAnnualRevenue,
                latitude,
                longitude,
                settlementAccount,
                null);
    }

    @Override
    public String toString() {
        return "RegisterEnterprise["
                + name
                + "]"; // never the identity, account or mobile number in a log
    }
}
