package com.microcredit.supplychain.api;

import java.math.BigDecimal;

/** Takes on a hub enterprise with the exposure limit that caps all loans around its chain. */
public record OnboardHub(
        String name,
        String creditCode,
        String industryCode,
        BigDecimal chainLimit,
        String currency) {}
