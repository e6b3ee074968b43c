package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A borrower as pages show it: identity number, address, settlement account and contact mobile
 * number are always masked (the mobile as 138****8000; null when none is on file). Enterprise-only
 * fields (owners, establishedOn, declaredAnnualRevenue) are null for individuals; household fields
 * are null for enterprises.
 */
public record BorrowerView(
        long id,
        String kind,
        String name,
        String maskedIdentityNumber,
        String industryCode,
        String regionCode,
        long accountManagerId,
        String owners,
        LocalDate establishedOn,
        BigDecimal declaredAnnualRevenue,
        String maskedAddress,
        Integer householdSize,
        String maskedSettlementAccount,
        String maskedMobile) {}
