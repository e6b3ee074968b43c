/**
 * Early-warning signals after the loan (domain guide §6): one open signal per borrower, loan and
 * indicator, whatever raised it (settlement reconciliation, hub contagion, the nightly run).
 */
package com.microcredit.portfolio.domain.warning;
