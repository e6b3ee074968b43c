package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Turnover of a settlement account over a period: credits (money in) and debits (money out). */
public record AccountActivity(
        String accountNumber,
        LocalDate from,
        LocalDate to,
        BigDecimal credits,
        BigDecimal debits,
        long transactions) {}
