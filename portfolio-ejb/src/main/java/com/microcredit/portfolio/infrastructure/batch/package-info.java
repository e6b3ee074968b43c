/** Scheduled work of the portfolio: the persistent-timer reconciliation of the settlement ledger. */
package com.microcredit.portfolio.infrastructure.batch;
