package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One external data provider as risk managers see it: the sources routed to it over the wire
 * (empty: none; its sources answer from local tables or files), its spend today and this month
 * (CNY, from the query log of every server) against its budgets (null: none), today's calls and
 * failures, and this server's view of it – circuit (OPEN or CLOSED), the last error's reason code,
 * p95 latency in ms (-1: no call yet).
 */
public record ProviderStatusView(
        String provider,
        List<String> sources,
        BigDecimal spentToday,
        BigDecimal dailyBudget,
        BigDecimal spentThisMonth,
        BigDecimal monthlyBudget,
        long callsToday,
        long failuresToday,
        String circuit,
        String lastError,
        long p95Ms) {}
