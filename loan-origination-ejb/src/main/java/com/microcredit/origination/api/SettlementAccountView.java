package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A borrower's settlement account at the bank as the 360 view shows it: the number masked, the
 * latest end-of-day balance core banking reported (null when none yet), and the turnover streamed
 * to us over the last 30 and 90 days up to {@code asOf} (credits are money in, debits money out).
 */
public record SettlementAccountView(
        String maskedAccount,
        BigDecimal latestBalance,
        LocalDate balanceDate,
        String currency,
        LocalDate asOf,
        BigDecimal credits30Days,
        BigDecimal debits30Days,
        long transactions30Days,
        BigDecimal credits90Days,
        BigDecimal debits90Days,
        long transactions90Days) {}
