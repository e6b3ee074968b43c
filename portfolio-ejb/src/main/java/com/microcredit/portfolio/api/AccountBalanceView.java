package com.microcredit.portfolio.api;

import java.math.BigDecimal;
import java.time.LocalDate;

public record AccountBalanceView(
        String accountNumber, LocalDate businessDate, BigDecimal balance, String currency) {}
