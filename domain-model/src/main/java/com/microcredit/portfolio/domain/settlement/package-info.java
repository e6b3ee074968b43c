/**
 * Settlement-account transactions streamed from core banking (the settlement ledger), end-of-day
 * reports, repayment postings, the reconciliation rule and its breaks, and inbound messages that
 * were rejected with their reason.
 */
package com.microcredit.portfolio.domain.settlement;
