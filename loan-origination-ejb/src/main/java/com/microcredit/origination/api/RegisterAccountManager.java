package com.microcredit.origination.api;

import java.math.BigDecimal;

public record RegisterAccountManager(
        String staffLogin,
        String name,
        String branchCode,
        BigDecimal latitude,
        BigDecimal longitude,
        BigDecimal territoryRadiusKm) {}
