package com.microcredit.supplychain.api;

/**
 * Finances one hub-confirmed invoice at the configured advance rate. Industry, region and branch
 * are the supplier's, for the portfolio's limits and breakdowns.
 */
public record FinanceInvoice(
        long invoiceId, String industryCode, String regionCode, String branchCode) {}
