package com.microcredit.origination.api;

import java.math.BigDecimal;

public record AccountManagerView(
        long id, String staffLogin, String name, String branchCode, BigDecimal territoryRadiusKm) {}
