/**
 * Settlement-account transactions streamed from core banking (the settlement ledger), end-of-day
 * reports, repayment postings, the reconciliation rule and its breaks, the fund-usage policy and
 * the one settlement-flow coverage rule ({@code FlowCoverage}, docs/domain-rules.md).
 */
package com.microcredit.portfolio.domain.settlement;
